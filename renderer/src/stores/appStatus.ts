import { create } from 'zustand';
import type { AppStatus } from '../../../shared/ipc/app';
import { api } from '../api/client';

export const useAppStatus = create<AppStatus>(() => ({ recovery: null, clock: null, machineChange: null }));

export async function loadAppStatus(): Promise<AppStatus | null> {
  try {
    const status = await api.invoke('app:status', {});
    useAppStatus.setState(status);
    return status;
  } catch {
    return null;
  }
}
