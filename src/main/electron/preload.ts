import { contextBridge, ipcRenderer, webUtils } from 'electron';
// Types only: the sandboxed preload can load nothing but `electron`, so no contract values
// (and no zod) may land in this bundle.
import type { LinimasaApi, MethodName, RequestOf } from '../../shared/api/contract';
import type { DesktopApi, FirstRunChoice, OfficeConnectRequest } from '../../shared/api/desktop';

/**
 * A fixed function per API method, so the page can call `linimasa.people.create(...)` but never
 * name a channel of its own choosing. The method name is typed against the contract, and the
 * object must satisfy `LinimasaApi`, so a new contract method fails to compile until it is here.
 */
const call =
  <M extends MethodName>(method: M) =>
  (request: RequestOf<M>) =>
    ipcRenderer.invoke(`linimasa:${method}`, request);

const api = {
  auth: {
    status: call('auth.status'),
    signIn: call('auth.signIn'),
    setup: call('auth.setup'),
    me: call('auth.me'),
    signOut: call('auth.signOut'),
    lock: call('auth.lock'),
    changePassword: call('auth.changePassword'),
    accounts: call('auth.accounts'),
    setUserName: call('auth.setUserName'),
    resetPassword: call('auth.resetPassword'),
    setIdleLock: call('auth.setIdleLock'),
    securityLog: call('auth.securityLog'),
    securityLogCsv: call('auth.securityLogCsv'),
  },
  app: {
    info: call('app.info'),
  },
  settings: {
    get: call('settings.get'),
    update: call('settings.update'),
    zoneChangePreview: call('settings.zoneChangePreview'),
    setLogo: call('settings.setLogo'),
    clearLogo: call('settings.clearLogo'),
  },
  people: {
    list: call('people.list'),
    create: call('people.create'),
    update: call('people.update'),
    archive: call('people.archive'),
  },
  channels: {
    list: call('channels.list'),
    create: call('channels.create'),
    update: call('channels.update'),
    archive: call('channels.archive'),
  },
  campaigns: {
    list: call('campaigns.list'),
    create: call('campaigns.create'),
    update: call('campaigns.update'),
    archive: call('campaigns.archive'),
  },
  posts: {
    range: call('posts.range'),
    ideas: call('posts.ideas'),
    search: call('posts.search'),
    tags: call('posts.tags'),
    get: call('posts.get'),
    create: call('posts.create'),
    update: call('posts.update'),
    move: call('posts.move'),
    undoMove: call('posts.undoMove'),
    transition: call('posts.transition'),
    delete: call('posts.delete'),
    restore: call('posts.restore'),
    trash: call('posts.trash'),
    activity: call('posts.activity'),
    needsAction: call('posts.needsAction'),
    bulkWarnings: call('posts.bulkWarnings'),
    bulkTransition: call('posts.bulkTransition'),
    bulkMove: call('posts.bulkMove'),
    bulkDelete: call('posts.bulkDelete'),
    bulkRestore: call('posts.bulkRestore'),
  },
  series: {
    create: call('series.create'),
    update: call('series.update'),
    delete: call('series.delete'),
  },
  observances: {
    list: call('observances.list'),
    custom: call('observances.custom'),
    create: call('observances.create'),
    delete: call('observances.delete'),
    importIcs: call('observances.importIcs'),
  },
  assets: {
    list: call('assets.list'),
    get: call('assets.get'),
    update: call('assets.update'),
    delete: call('assets.delete'),
    usage: call('assets.usage'),
    tags: call('assets.tags'),
    bulkTag: call('assets.bulkTag'),
    addToCollection: call('assets.addToCollection'),
    removeFromCollection: call('assets.removeFromCollection'),
    importStart: call('assets.importStart'),
    verify: call('assets.verify'),
    recovered: call('assets.recovered'),
  },
  collections: {
    list: call('collections.list'),
    create: call('collections.create'),
    rename: call('collections.rename'),
    delete: call('collections.delete'),
  },
  jobs: {
    get: call('jobs.get'),
    list: call('jobs.list'),
    cancel: call('jobs.cancel'),
  },
  backup: {
    list: call('backup.list'),
    create: call('backup.create'),
    check: call('backup.check'),
    restore: call('backup.restore'),
  },
  exports: {
    preview: call('exports.preview'),
    presets: call('exports.presets'),
    start: call('exports.start'),
    history: call('exports.history'),
    delete: call('exports.delete'),
  },
  bundles: {
    inspect: call('bundles.inspect'),
    import: call('bundles.import'),
    discard: call('bundles.discard'),
  },
  publications: {
    get: call('publications.get'),
    mark: call('publications.mark'),
    unmark: call('publications.unmark'),
  },
  analytics: {
    import: call('analytics.import'),
    pending: call('analytics.pending'),
    resolve: call('analytics.resolve'),
    resolveMany: call('analytics.resolveMany'),
  },
  reportNotes: { get: call('reportNotes.get'), set: call('reportNotes.set') },
  figures: { get: call('figures.get'), set: call('figures.set') },
  followers: { set: call('followers.set'), list: call('followers.list') },
  targets: { get: call('targets.get'), set: call('targets.set') },
  report: { get: call('report.get'), export: call('report.export') },
  operations: { status: call('operations.status'), endSession: call('operations.endSession') },
  network: {
    info: call('network.info'),
    hostSetting: call('network.hostSetting'),
    setHostSetting: call('network.setHostSetting'),
  },
  exchange: {
    status: call('exchange.status'),
    arrivals: call('exchange.arrivals'),
    setIdentity: call('exchange.setIdentity'),
    setFolder: call('exchange.setFolder'),
    identityFile: call('exchange.identityFile'),
    readIdentity: call('exchange.readIdentity'),
    importOffice: call('exchange.importOffice'),
    sendIdentity: call('exchange.sendIdentity'),
    firstContacts: call('exchange.firstContacts'),
    acceptOffice: call('exchange.acceptOffice'),
    removeOffice: call('exchange.removeOffice'),
    sync: call('exchange.sync'),
  },
  comments: {
    list: call('comments.list'),
    add: call('comments.add'),
    edit: call('comments.edit'),
    delete: call('comments.delete'),
    follow: call('comments.follow'),
  },
  notifications: {
    list: call('notifications.list'),
    markRead: call('notifications.markRead'),
    markAllRead: call('notifications.markAllRead'),
  },
  province: {
    received: call('province.received'),
    adopt: call('province.adopt'),
    acknowledgeChange: call('province.acknowledgeChange'),
    sendReport: call('province.sendReport'),
    rollup: call('province.rollup'),
    sentReports: call('province.sentReports'),
    exportRollup: call('province.exportRollup'),
    sent: call('province.sent'),
    itemsFromPosts: call('province.itemsFromPosts'),
    sendPack: call('province.sendPack'),
  },
  presence: {
    editing: call('presence.editing'),
    left: call('presence.left'),
    list: call('presence.list'),
  },
} satisfies LinimasaApi;

contextBridge.exposeInMainWorld('linimasa', api);

const desktop = {
  // Only a File object the page holds can be asked about: the page learns the path of what the
  // person dropped, never anything else of the disk. A non-File is refused by Electron itself.
  pathForFile: (file: File) => webUtils.getPathForFile(file),
  pickAssetFiles: () => ipcRenderer.invoke('linimasa-desktop:pick-asset-files'),
  pickAssetFolders: () => ipcRenderer.invoke('linimasa-desktop:pick-asset-folders'),
  saveExport: (exportId: string) => ipcRenderer.invoke('linimasa-desktop:save-export', exportId),
  pickBundle: () => ipcRenderer.invoke('linimasa-desktop:pick-bundle'),
  pickAnalyticsFile: () => ipcRenderer.invoke('linimasa-desktop:pick-analytics-file'),
  dataLocation: () => ipcRenderer.invoke('linimasa-desktop:data-location'),
  moveData: () => ipcRenderer.invoke('linimasa-desktop:move-data'),
  connectOffice: (request: OfficeConnectRequest) =>
    ipcRenderer.invoke('linimasa-desktop:connect-office', request),
  // Main's push of live changes (live-ipc.ts); the page never sees the IPC event itself.
  onLive: (listener: (change: unknown) => void) => {
    const forward = (_event: unknown, change: unknown) => listener(change);
    ipcRenderer.on('linimasa-desktop:live', forward);
    return () => void ipcRenderer.removeListener('linimasa-desktop:live', forward);
  },
  firstRun: (choice: FirstRunChoice) => ipcRenderer.invoke('linimasa-desktop:first-run', choice),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('linimasaDesktop', desktop);
