import { z } from 'zod';
import { operation } from './define';

/**
 * Whether the program runs normally or in recovery mode (the database could not be opened), whether this PC's
 * clock is behind what the archive already recorded (then dates written now would be wrong), and whether the data
 * folder has come from another PC (exchange then waits for the clerk to say if this PC is a copy).
 */
export type AppStatus = {
  recovery: { code: string; message: string } | null;
  clock: { now: string; latestRecordedAt: string } | null;
  machineChange: { detectedAt: string } | null;
};

export const appOperations = {
  'app:status': operation(z.object({})).returns<AppStatus>(),
};
