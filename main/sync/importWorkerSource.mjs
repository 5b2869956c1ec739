// Runs the TypeScript worker from source (browser mode, CLI, tests): the loader is registered in this thread.
import { register } from 'tsx/esm/api';

register();
await import('./importWorker.ts');
