import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerIncoming } from '../archive/registration';
import { documentHistory, followupRegister, handlingReport, ruleDeadline, setHandling, todoList } from './queries';
import { dueReminder, reminderText, startReminders, type DueReminder } from './reminders';
import { testOffices, type TestOffice } from '../../tests/support/followupOffice';

const offices = testOffices();
let office: TestOffice;
beforeEach(() => {
  office = offices.make();
});
afterEach(() => offices.cleanup());

const deadlineOf = (id: string) => office.db.prepare('SELECT handling_deadline, deadline_source FROM incoming WHERE document_id = ?').get(id);

describe('follow-up', () => {
  it('gives every registered document a deadline by rule and sorts the to-do list, urgent first', () => {
    const { receive } = office;
    const late = receive(1, '2026-11-02');
    const week = receive(2, '2026-11-18', { reportDeadline: '2026-11-26' });
    const urgent = receive(3, '2026-11-18', { reportDeadline: '2026-11-27', urgency: 'flash' });
    const later = receive(4, '2026-11-25');
    expect(deadlineOf(late)).toEqual({ handling_deadline: '2026-11-09', deadline_source: 'default' });
    expect(deadlineOf(week)).toEqual({ handling_deadline: '2026-11-26', deadline_source: 'document' });
    const list = todoList(office.db, '2026-11-23');
    expect(list.overdue.map((i) => i.id)).toEqual([late]);
    expect(list.thisWeek.map((i) => i.id)).toEqual([urgent, week]);
    expect(list.later.map((i) => i.id)).toEqual([later]);
    expect(list.overdue[0]?.daysLeft).toBe(-14);
    setHandling(office.db, late, { status: 'done' });
    expect(todoList(office.db, '2026-11-23').overdue).toEqual([]);
  });

  it('counts a late-registered document from its arrival date, and keeps a deadline the clerk typed', () => {
    const id = registerIncoming(
      office.db,
      { direction: 'incoming', typeId: 'plan', numberText: '90', number: 90, symbol: 'KH-LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', parentIssuer: null, place: 'Lai Châu', issuedOn: '2026-12-20', subject: 'Kế hoạch tổng kết năm', body: '', addressees: [], distribution: [], signerName: null, signerTitle: null, signingAuthority: null, urgency: 'normal', secrecy: 'none', reportDeadline: null, citations: [] },
      { arrivedOn: '2026-12-24', channel: 'paper', recipient: '', note: '' },
      undefined,
      new Date('2027-01-05T02:00:00Z'),
    ).id;
    // Thursday 24 December + 5 working days, across Christmas weekend and the new year.
    expect(deadlineOf(id)).toEqual({ handling_deadline: '2026-12-31', deadline_source: 'default' });
    expect(todoList(office.db, '2027-01-05').overdue.map((i) => i.id)).toEqual([id]);
    const typed = registerIncoming(
      office.db,
      { direction: 'incoming', typeId: 'notice', numberText: '91', number: 91, symbol: 'TB-LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', parentIssuer: null, place: 'Lai Châu', issuedOn: '2027-01-04', subject: 'Thông báo lịch trực', body: '', addressees: [], distribution: [], signerName: null, signerTitle: null, signingAuthority: null, urgency: 'normal', secrecy: 'none', reportDeadline: null, citations: [] },
      { arrivedOn: '2027-01-05', channel: 'paper', recipient: '', note: '', handlingDeadline: '2027-01-20' },
    ).id;
    expect(deadlineOf(typed)).toEqual({ handling_deadline: '2027-01-20', deadline_source: 'manual' });
  });

  it('enters a báo cáo received by hand or from a file as needing no handling, unless it sets a deadline of its own', () => {
    const { receive } = office;
    const report = receive(5, '2026-11-18', { typeId: 'report' });
    const asking = receive(6, '2026-11-18', { typeId: 'report', reportDeadline: '2026-11-30' });
    const status = (id: string) => office.db.prepare('SELECT status FROM incoming WHERE document_id = ?').pluck().get(id);
    expect([deadlineOf(report), status(report)]).toEqual([{ handling_deadline: null, deadline_source: 'none' }, 'noAction']);
    expect([deadlineOf(asking), status(asking)]).toEqual([{ handling_deadline: '2026-11-30', deadline_source: 'document' }, 'pending']);
    const list = todoList(office.db, '2026-11-23');
    expect([...list.overdue, ...list.thisWeek, ...list.later].map((i) => i.id)).toEqual([asking]);
  });

  it('records every change of handler, deadline and status with its old and new value', () => {
    const id = office.receive(7, '2026-11-16');
    setHandling(office.db, id, { handler: 'Ban Tổ chức', handlingDeadline: '2026-11-30' }, new Date('2026-11-17T02:00:00Z'));
    setHandling(office.db, id, { status: 'inProgress' }, new Date('2026-11-18T02:00:00Z'));
    setHandling(office.db, id, { status: 'inProgress' });
    office.reply(8, '2026-11-19', id);
    const history = documentHistory(office.db, id);
    expect(history.map((h) => h.label)).toEqual(['Vào sổ văn bản đến', 'Thay đổi xử lý', 'Thay đổi xử lý', 'Ban hành văn bản trả lời']);
    expect(history[3]).toMatchObject({ at: '2026-11-19T03:00:00.000Z', details: ['Số, ký hiệu 8/BC-CĐVC'] });
    expect(history[1]?.at).toBe('2026-11-17T02:00:00.000Z');
    expect(history[1]?.details).toEqual(['Người xử lý: (trống) → Ban Tổ chức', 'Thời hạn: 23/11/2026 → 30/11/2026']);
    expect(history[2]?.details).toEqual(['Tình trạng: Chưa xử lý → Đang xử lý']);
    expect(deadlineOf(id)).toEqual({ handling_deadline: '2026-11-30', deadline_source: 'manual' });
    // "Tính lại thời hạn" only proposes the rule's deadline: nothing is saved or written to the history until "Lưu xử lý".
    expect(ruleDeadline(office.db, id)).toBe('2026-11-23');
    expect(deadlineOf(id)).toEqual({ handling_deadline: '2026-11-30', deadline_source: 'manual' });
    expect(documentHistory(office.db, id)).toHaveLength(4);
    setHandling(office.db, id, { handlingDeadline: ruleDeadline(office.db, id) }, new Date('2026-11-20T02:00:00Z'));
    expect(deadlineOf(id)).toEqual({ handling_deadline: '2026-11-23', deadline_source: 'default' });
    expect(documentHistory(office.db, id).at(-1)?.details).toEqual(['Thời hạn: 30/11/2026 → 23/11/2026']);
    expect(() => setHandling(office.db, 'không-có', { status: 'done' })).toThrow();
  });

  it('keeps the 7-column follow-up register, with the replies that answer each document, and the handling report', () => {
    const a = office.receive(11, '2026-11-02');
    const b = office.receive(12, '2026-11-03');
    office.receive(13, '2026-12-01');
    office.reply(5, '2026-11-06', a);
    office.reply(6, '2026-11-09', a);
    setHandling(office.db, a, { handler: 'Ban Tổ chức', status: 'done' }, new Date('2026-11-12T02:00:00Z'));
    setHandling(office.db, b, { handler: 'Ban Tổ chức', status: 'inProgress' });
    const rows = followupRegister(office.db, '2026-11-01', '2026-11-30', '2026-11-23');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      arrivalNumber: 1,
      description: 'Công văn 11/LĐLĐ ngày 02/11/2026 của LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
      recipient: 'Văn phòng / Ban Tổ chức',
      handlingDeadline: '2026-11-09',
      progress: 'Đã xử lý',
      replies: '5/BC-CĐVC (06/11/2026); 6/BC-CĐVC (09/11/2026)',
    });
    expect(rows[1]).toMatchObject({ progress: 'Đang xử lý (quá hạn)', replies: '' });
    const report = handlingReport(office.db, '2026-11-01', '2026-11-30', '2026-11-23');
    expect(report.total).toBe(2);
    expect(report.byStatus).toEqual({ pending: 0, inProgress: 1, done: 1, noAction: 0 });
    // Done on 12 November against a deadline of 9 November: done, but late.
    expect(report.byHandler).toEqual([{ handler: 'Ban Tổ chức', total: 2, done: 1, doneLate: 1, open: 1, overdue: 1 }]);
  });
});

describe('reminders', () => {
  it('list what is due within the warning window, overdue included, and stay quiet when nothing is', () => {
    const overdue = office.receive(1, '2026-11-02');
    const soon = office.receive(2, '2026-11-20', { reportDeadline: '2026-11-25' });
    office.receive(3, '2026-11-20', { reportDeadline: '2026-12-10' });
    const due = dueReminder(office.db, '2026-11-23');
    expect(due).toMatchObject({ count: 2, overdue: 1, warningDays: 3 });
    expect(due.items.map((i) => i.id)).toEqual([overdue, soon]);
    expect(dueReminder(office.db, '2026-10-01').count).toBe(0);
    expect(reminderText(due)).toBe('1 văn bản đã quá hạn giải quyết, 1 văn bản đến hạn trong 3 ngày tới. Mở mục “Việc cần làm” để xem và giao xử lý.');
    expect(reminderText({ count: 2, overdue: 0, warningDays: 5 })).toBe('2 văn bản đến hạn trong 5 ngày tới. Mở mục “Việc cần làm” để xem và giao xử lý.');
  });

  it('remind on start and once a day, whatever the number of checks', () => {
    office.receive(1, '2026-11-02');
    const sent: DueReminder[] = [];
    let now = new Date(2026, 10, 23, 8, 0);
    const reminders = startReminders({ db: () => office.db, notify: (r) => sent.push(r), now: () => now });
    expect(sent.map((r) => r.today)).toEqual(['2026-11-23']);
    now = new Date(2026, 10, 23, 17, 0);
    expect(reminders.check()).toBeNull();
    now = new Date(2026, 10, 24, 7, 30);
    expect(reminders.check()?.count).toBe(1);
    expect(sent.map((r) => r.today)).toEqual(['2026-11-23', '2026-11-24']);
    reminders.stop();
    // No database (recovery mode): nothing to say, no error.
    const none = startReminders({ db: () => null, notify: (r) => sent.push(r), now: () => now });
    none.stop();
    expect(sent).toHaveLength(2);
  });
});
