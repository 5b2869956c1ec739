import { useEffect } from 'react';
import { ArchiveView } from './views/ArchiveView';
import { DocumentView } from './views/DocumentView';
import { IncomingRegisterView } from './views/IncomingRegisterView';
import { DraftEditorView } from './views/DraftEditorView';
import { DraftsView } from './views/DraftsView';
import { IntakeView } from './views/IntakeView';
import { OutgoingRegisterView } from './views/OutgoingRegisterView';
import { UnitsView } from './views/UnitsView';
import { BackupView } from './views/BackupView';
import { DirectiveTrackingView, TrackingListView } from './views/TrackingView';
import { TrackingOverviewView } from './views/TrackingOverviewView';
import { SyncView } from './views/SyncView';
import { TodoView } from './views/TodoView';
import { RegistersView } from './views/RegistersView';
import { ClockBanner } from './views/ClockBanner';
import { MachineBanner } from './views/MachineBanner';
import { DueBanner } from './views/DueBanner';
import { useAppStatus, loadAppStatus } from './stores/appStatus';
import { ManualEntryView } from './views/ManualEntryView';
import { ProfileView } from './views/ProfileView';
import { SamplesNotice } from './views/SettingsSamples';
import { navigate, useNavigation, type Route } from './stores/navigation';
import { loadProfile, useProfile } from './stores/profile';

const NAV: { route: Route; label: string; province?: true }[] = [
  { route: { name: 'todo' }, label: 'Việc cần làm' },
  { route: { name: 'archive' }, label: 'Kho văn bản' },
  { route: { name: 'incomingRegister' }, label: 'Sổ văn bản đến' },
  { route: { name: 'intake' }, label: 'Nhận văn bản từ tệp' },
  { route: { name: 'manualEntry' }, label: 'Vào sổ văn bản giấy' },
  { route: { name: 'drafts' }, label: 'Soạn thảo văn bản đi' },
  { route: { name: 'outgoingRegister' }, label: 'Sổ văn bản đi' },
  { route: { name: 'registers' }, label: 'In sổ, báo cáo' },
  { route: { name: 'tracking' }, label: 'Theo dõi văn bản chỉ đạo', province: true },
  { route: { name: 'sync' }, label: 'Trao đổi gói' },
  { route: { name: 'units' }, label: 'Danh bạ đơn vị' },
  { route: { name: 'backup' }, label: 'Sao lưu, khôi phục' },
  { route: { name: 'profile' }, label: 'Thông tin cơ quan' },
];

function Current({ route }: { route: Route }) {
  switch (route.name) {
    case 'archive':
      return <ArchiveView />;
    case 'document':
      // One page per document: an error or notice of the one before never shows on the next.
      return <DocumentView key={route.id} id={route.id} {...(route.query ? { query: route.query } : {})} />;
    case 'incomingRegister':
      return <IncomingRegisterView />;
    case 'manualEntry':
      return <ManualEntryView />;
    case 'intake':
      return <IntakeView />;
    case 'drafts':
      return <DraftsView />;
    case 'draft':
      return <DraftEditorView id={route.id} />;
    case 'outgoingRegister':
      return <OutgoingRegisterView />;
    case 'units':
      return <UnitsView />;
    case 'backup':
      return <BackupView />;
    case 'tracking':
      return <TrackingListView />;
    case 'trackingDirective':
      return <DirectiveTrackingView id={route.id} />;
    case 'trackingOverview':
      return <TrackingOverviewView />;
    case 'sync':
      return <SyncView />;
    case 'todo':
      return <TodoView />;
    case 'registers':
      return <RegistersView />;
    case 'profile':
      return <ProfileView firstRun={false} />;
  }
}

export function App() {
  const route = useNavigation((s) => s.route);
  const { profile, loaded, error } = useProfile();

  const status = useAppStatus();
  useEffect(() => {
    void loadAppStatus().then((s) => (s?.recovery ? undefined : loadProfile()));
  }, []);

  useEffect(() => {
    if (loaded) document.body.dataset.ready = 'true';
  }, [loaded]);

  if (status.recovery) {
    document.body.dataset.ready = 'true';
    return (
      <main className="content">
        <BackupView recovery={status.recovery} />
      </main>
    );
  }
  if (!loaded) return <p className="muted">Đang mở kho văn bản…</p>;
  if (error) return <div className="banner banner-error">{error}</div>;
  if (!profile) return <ProfileView firstRun />;

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Chức năng">
        <div className="brand">
          <strong>Văn thư Công đoàn</strong>
          <span>{profile.officeName}</span>
        </div>
        {NAV.filter((item) => !item.province || profile.role === 'province').map((item) => (
          <button
            key={item.route.name}
            type="button"
            className={route.name === item.route.name ? 'nav-item active' : 'nav-item'}
            onClick={() => navigate(item.route)}
          >
            {item.label}
          </button>
        ))}
      </nav>
      <main className="content">
        <ClockBanner />
        <MachineBanner />
        <DueBanner />
        <SamplesNotice />
        <Current route={route} />
      </main>
    </div>
  );
}
