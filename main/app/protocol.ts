import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../server/csp';
import { readStatic } from '../server/staticFiles';
import { APP_SCHEME } from './channels';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built UI from `root` under vanthu://app/, refusing any path that leaves it. */
export function serveApp(root: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const file = url.host === 'app' ? readStatic(root, url.pathname) : null;
    if (!file) return new Response('Không tìm thấy', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.type, 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
}
