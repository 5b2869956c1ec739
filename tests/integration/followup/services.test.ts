import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent, OperationInput, OperationName, OperationOutput } from '../../../shared/ipc/contract';
import { createServices, type Services } from '../../../main/services';
import { createTempDirs } from '../../helpers/tempDir';

const temp = createTempDirs();
let services: Services | null = null;
afterEach(() => {
  services?.close();
  services = null;
  temp.cleanup();
});

/** Calls an operation as the UI does (input validated by the router) and unwraps its envelope. */
async function call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const envelope = await services!.router.dispatch(name, input);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { wire: envelope.error });
  return envelope.value as OperationOutput<K>;
}

describe('follow-up through the services', () => {
  it('registers with a deadline by rule, changes it through the contract, and reminds on start', async () => {
    const dataDir = temp.make();
    services = createServices({ dataDir, resourcesDir: resolve(import.meta.dirname, '..', '..', '..', 'resources'), samples: false });
    await call('profile:save', {
      officeName: 'CÔNG ĐOÀN VIÊN CHỨC TỈNH LAI CHÂU', parentName: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', placeName: 'Lai Châu', unitCode: 'CĐVC',
      defaultHandlingDays: 3, countWorkingDays: true, warningDays: 2,
    });
    const { id } = await call('register:incoming:add', {
      document: { typeId: 'plan', numberText: '45', symbol: 'KH-LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', issuedOn: '2026-11-12', subject: 'Kế hoạch kiểm tra tài chính công đoàn' },
      arrival: { arrivedOn: '2026-11-13' },
    });
    // Friday 13 November + 3 working days.
    expect((await call('documents:get', { id })).incoming?.handlingDeadline).toBe('2026-11-18');
    await expect(call('followup:setHandling', { id, handlingDeadline: '2026-02-30' })).rejects.toThrow();
    await call('followup:setHandling', { id, handler: 'Ban Kiểm tra', status: 'inProgress' });
    const todo = await call('followup:todo', { today: '2026-11-17' });
    expect(todo).toMatchObject({ dueSoon: 1, warningDays: 2 });
    expect(todo.thisWeek.map((i) => [i.id, i.handler])).toEqual([[id, 'Ban Kiểm tra']]);
    const history = await call('followup:history', { id });
    expect(history.at(-1)?.details).toEqual(['Người xử lý: (trống) → Ban Kiểm tra', 'Tình trạng: Chưa xử lý → Đang xử lý']);
    const saved = await call('registers:export', { register: 'followup', format: 'xlsx', from: '2026-11-01', to: '2026-11-30' });
    expect(saved?.path.startsWith(join(dataDir, 'exports'))).toBe(true);

    // Started after its deadline, the app reminds at once.
    const events: AppEvent[] = [];
    services.events.subscribe((e) => events.push(e));
    await services.startBackgroundTasks();
    expect(events.filter((e) => e.type === 'followup:due').map((e) => e.payload)).toEqual([expect.objectContaining({ count: 1, overdue: 1, warningDays: 2 })]);
  });
});
