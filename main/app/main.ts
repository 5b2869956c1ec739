import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import { createServices, type Services } from '../services';
import { defaultDataDir } from '../dataDir';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';
import { showDueNotifications } from './notifications';
import { registerAppScheme, serveApp } from './protocol';
import { APP_ORIGIN, applySessionPolicy, guardWebContents, isAppUrl, secureWebPreferences } from './security';

// The Electron shell only: windows, IPC wiring and OS integration. Everything else is in the services.
const appRoot = join(__dirname, '..', '..');
const dataDir = process.env.VANTHU_DATA ?? defaultDataDir();
app.setPath('userData', dataDir);
registerAppScheme();
// Chromium's own words and formats in Vietnamese: date fields read dd/mm/yyyy even on an English Windows.
app.commandLine.appendSwitch('lang', 'vi');

let services: Services | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Văn thư Công đoàn',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  guardWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

void app.whenReady().then(() => {
  applySessionPolicy();
  serveApp(join(appRoot, 'dist', 'renderer'));
  const nativeBinding = process.env.VANTHU_SQLITE_BINDING;
  services = createServices({
    dataDir,
    resourcesDir: app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources'),
    ...(nativeBinding ? { nativeBinding } : {}),
    chooseSavePath: async (suggestedName) => {
      const parent = BrowserWindow.getFocusedWindow();
      const options = { defaultPath: join(app.getPath('documents'), suggestedName) };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    openWithSystem: (path) => shell.openPath(path),
  });
  const router = services.router;
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, input: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return { ok: false, error: { code: 'UNAUTHORIZED', message: '' } };
    return router.dispatch(String(name), input);
  });
  services.events.subscribe((appEvent) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(EVENT_CHANNEL, appEvent);
  });
  showDueNotifications(services.events, () => BrowserWindow.getAllWindows()[0]?.focus());
  Menu.setApplicationMenu(null);
  createWindow();
  void services.startBackgroundTasks();
});

app.on('window-all-closed', () => {
  services?.close();
  services = null;
  app.quit();
});
