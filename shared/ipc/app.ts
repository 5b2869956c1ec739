import { z } from 'zod';
import { operation } from './define';

/** Whether the program runs normally or in recovery mode (the database could not be opened). */
export type AppStatus = { recovery: { code: string; message: string } | null };

export const appOperations = {
  'app:status': operation(z.object({})).returns<AppStatus>(),
};
