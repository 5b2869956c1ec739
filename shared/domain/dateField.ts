import { z } from 'zod';
import { isIsoDate } from '../text/dates';

/**
 * A calendar date as it crosses to the main process: ISO "YYYY-MM-DD", a day that exists. The messages speak of
 * ngày/tháng/năm, which is how every date field shows it.
 */
export const dateField = z
  .string({ error: 'Hãy nhập ngày.' })
  .refine((v) => v !== '', { message: 'Hãy nhập ngày.', abort: true })
  .refine(isIsoDate, { message: 'Ngày không hợp lệ: hãy ghi một ngày có thật theo dạng ngày/tháng/năm, ví dụ 05/03/2026.' });
