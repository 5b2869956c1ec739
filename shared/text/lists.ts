/**
 * Lists typed one item a line (Kính gửi, Nơi nhận). Clerks often end an item with ";" or "." as on paper, and
 * the program adds its own separator when it shows the list on one line or as "- X;" lines: each item loses its
 * own bullet and closing mark first, so nothing is doubled ("Như trên;;").
 */
export function listItems(items: readonly string[]): string[] {
  return items.map((s) => s.trim().replace(/^[-–+]\s*/u, '').replace(/[\s;.,]+$/u, '')).filter((s) => s !== '');
}

/** A list on one line: "Như trên; Thường trực LĐLĐ tỉnh; Lưu: VT". */
export function joinList(items: readonly string[]): string {
  return listItems(items).join('; ');
}
