import { create } from 'zustand';
import type { OfficeProfile } from '../../../shared/domain/office';
import { api, errorMessage } from '../api/client';

type ProfileState = { profile: OfficeProfile | null; loaded: boolean; error: string | null };

export const useProfile = create<ProfileState>(() => ({ profile: null, loaded: false, error: null }));

export async function loadProfile(): Promise<void> {
  try {
    useProfile.setState({ profile: await api.invoke('profile:get', {}), loaded: true, error: null });
  } catch (error) {
    useProfile.setState({ loaded: true, error: errorMessage(error) });
  }
}
