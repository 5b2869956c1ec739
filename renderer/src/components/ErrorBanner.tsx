import type { ReactNode } from 'react';
export function ErrorBanner({ message, onClose, children }: { message: string | null; onClose?: () => void; children?: ReactNode }) {
  if (!message) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>{message}</span>
      {children}
      {onClose ? (
        <button type="button" className="link" onClick={onClose}>
          Đóng
        </button>
      ) : null}
    </div>
  );
}
