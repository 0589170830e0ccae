/**
 * Bahasa Indonesia, the app's first language. This object is the shape every other catalog must
 * match (see `Catalog`), so a key added here and forgotten in en.ts fails the type check.
 * Interpolations use i18next's `{{name}}`. No plural keys: Indonesian has a single plural form,
 * so sentences are phrased to read well with any count in both languages.
 */
export const id = {
  app: {
    name: 'Linimasa',
    skipToContent: 'Lewati ke konten utama',
    loading: 'Memuat Linimasa…',
    documentTitle: '{{screen}} — Linimasa',
  },
  nav: {
    label: 'Navigasi utama',
    calendar: 'Kalender',
    actions: 'Perlu tindakan',
    assets: 'Pustaka Aset',
    export: 'Ekspor',
    report: 'Laporan',
    province: 'Provinsi',
    settings: 'Pengaturan',
    officeNotSet: 'Nama instansi belum diisi',
  },
  common: {
    save: 'Simpan',
    saving: 'Menyimpan…',
    saved: 'Tersimpan',
    cancel: 'Batal',
    edit: 'Ubah',
    editItem: 'Ubah {{name}}',
    deactivate: 'Nonaktifkan',
    deactivateItem: 'Nonaktifkan {{name}}',
    reactivate: 'Aktifkan kembali',
    reactivateItem: 'Aktifkan kembali {{name}}',
    archive: 'Arsipkan',
    archiveItem: 'Arsipkan {{name}}',
    restore: 'Pulihkan',
    restoreItem: 'Pulihkan {{name}}',
    inactive: 'Nonaktif',
    archived: 'Diarsipkan',
    optional: '(opsional)',
    retry: 'Coba lagi',
  },
  errors: {
    // <signin> Sign-in, sessions and passwords (issue 13).
    auth: {
      wrongCredentials: 'Nama pengguna atau kata sandi salah.',
      locked: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {{minutes}} menit.',
      signInRequired: 'Silakan masuk dengan nama pengguna dan kata sandi Anda.',
      sessionExpired: 'Sesi Anda sudah berakhir. Silakan masuk lagi.',
      idleLocked: 'Layar dikunci karena tidak dipakai. Masuk lagi untuk melanjutkan.',
      roleRefused: 'Peran Anda ({{role}}) tidak boleh melakukan ini.',
      mustChangePassword: 'Ganti dulu kata sandi sementara Anda sebelum melanjutkan.',
      passwordTooShort: 'Kata sandi minimal 8 karakter.',
      passwordCommon: 'Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.',
      passwordUnchanged: 'Kata sandi baru harus berbeda dari yang lama.',
      currentPasswordWrong: 'Kata sandi saat ini salah.',
      userNameTaken: 'Nama pengguna “{{userName}}” sudah dipakai orang lain.',
      setupDone: 'Administrator sudah disiapkan. Silakan masuk.',
      setupNotAdmin: 'Pilih salah satu administrator kantor.',
      nameRequired: 'Isi nama administrator.',
      lastAdmin: 'Administrator aktif terakhir tidak boleh diubah perannya atau dinonaktifkan.',
    },
    // </signin>
    // <comments> Comments on posts (issue 14).
    comment: {
      missing: 'Komentar tidak ditemukan; mungkin sudah dihapus.',
      postInTrash: 'Unggahan “{{title}}” ada di tempat sampah; pulihkan dulu untuk berkomentar.',
      notYours: 'Hanya penulis komentar yang boleh mengubah atau menghapusnya.',
      deleted: 'Komentar ini sudah dihapus.',
    },
    // </comments>
    foreignPage: 'Permintaan ditolak: hanya halaman Linimasa sendiri yang boleh memanggil API.',
    // <dataMove> Why the data folder was not moved (Settings › Lokasi data, the desktop app, the CLI).
    dataMove: {
      networkFolder: 'Folder jaringan tidak bisa dipakai: basis data harus di disk komputer ini.',
      noData: 'Tidak ada data Linimasa di {{dir}}.',
      sameFolder: 'Data sudah berada di folder itu.',
      targetHoldsData: 'Folder tujuan tidak boleh berisi folder data yang sekarang.',
      targetInsideData: 'Folder tujuan tidak boleh berada di dalam folder data yang sekarang.',
      notAFolder: '{{dir}} adalah berkas, bukan folder.',
      notEmpty: 'Folder tujuan harus kosong. Pilih atau buat folder baru yang kosong.',
      inUse:
        'Data sedang dibuka oleh Linimasa lain (aplikasi desktop atau peramban). Tutup dulu, lalu coba lagi.',
      notEnoughSpace:
        'Ruang di tujuan tidak cukup: perlu {{needed, bytes}}, tersedia {{free, bytes}}.',
      cancelled: 'Pemindahan dibatalkan; data tetap di tempat semula.',
      diskFull: 'Ruang di folder tujuan penuh. Data tetap di tempat semula.',
      noPermission:
        'Folder tujuan tidak boleh ditulisi (izin ditolak). Data tetap di tempat semula.',
      copyDiffers: 'Salinan {{name}} berbeda dari aslinya. Data tetap di tempat semula.',
      copyUnchecked: 'Salinan basis data tidak lolos pemeriksaan. Data tetap di tempat semula.',
      unexpected:
        'Pemindahan gagal karena kesalahan yang tidak terduga. Data tetap di tempat semula.',
    },
    // </dataMove>
    // <importWords> Why one file was not imported (main/assets/messages.ts) and what a bundle's
    // dry run notes (main/bundle/plan.ts): worded by the interface and the CLI from these keys.
    importFile: {
      empty: 'Berkas kosong (0 byte).',
      notFound: 'Berkas tidak ditemukan (sudah dipindah atau dihapus?).',
      notAFile: 'Bukan berkas biasa (mungkin perangkat, soket atau pintasan rusak).',
      tooLarge: 'Berkas terlalu besar; batasnya {{limit, binaryBytes}}.',
      unsupported: 'Jenis berkas tidak didukung (.{{ext}}).',
      unsupportedNoExtension: 'Jenis berkas tidak didukung (tanpa ekstensi).',
      mismatch:
        'Isi berkas tidak sesuai dengan namanya (.{{ext}}): berkas mungkin rusak atau salah nama.',
      corruptImage: 'Gambar rusak atau terpotong; tidak dapat dibaca sampai akhir.',
      svgScript:
        'Gambar SVG ini berisi skrip atau tautan javascript: dan tidak diterima, karena skrip dapat berjalan saat gambar dibuka. Simpan ulang tanpa skrip (mis. ekspor sebagai SVG biasa atau PNG), lalu impor lagi.',
      previewsNotWritten:
        'Gambarnya utuh, tetapi pratinjaunya tidak dapat disimpan di folder data (ruang penyimpanan atau izin folder). Periksa ruang disk, lalu impor lagi.',
      permissionDenied: 'Berkas tidak dapat dibaca: izin ditolak.',
      unreadable: 'Berkas tidak dapat dibaca.',
      unreadableCode: 'Berkas tidak dapat dibaca ({{code}}).',
      locked:
        'Berkas sedang dikunci aplikasi lain (mis. antivirus). Tunggu sebentar lalu impor lagi.',
      cancelled: 'Dibatalkan.',
      failed: 'Gagal diimpor: {{message}}',
      workerCrashed:
        'Berkas ini membuat pengolah gambar dan video berhenti mendadak, jadi tidak diimpor. Berkas lain tidak terpengaruh; periksa apakah berkas ini rusak, lalu coba impor lagi.',
      workerTimedOut:
        'Pengolahan berkas ini terlalu lama sehingga dihentikan; berkas tidak diimpor. Coba impor lagi.',
      workerUnavailable:
        'Pengolah gambar dan video tidak dapat dijalankan di komputer ini; berkas tidak diimpor. Pasang ulang aplikasi, lalu coba lagi.',
    },
    bundleNotice: {
      channelRenamed:
        'Kanal "{{bundleName}}" di paket bernama "{{localName}}" di sini; nama di sini dipakai.',
      campaignRenamed:
        'Kampanye "{{bundleName}}" di paket bernama "{{localName}}" di sini; nama di sini dipakai.',
      personRenamed:
        'Orang "{{bundleName}}" di paket bernama "{{localName}}" di sini; nama di sini dipakai.',
    },
    // </importWords>
    network:
      'Tidak dapat menghubungi Linimasa. Pastikan Linimasa masih berjalan (jendela terminalnya masih terbuka), lalu coba lagi.',
    notJson:
      'Jawaban Linimasa tidak dapat dibaca. Muat ulang halaman; bila berulang, jalankan ulang Linimasa.',
    badResponse:
      'Jawaban Linimasa tidak sesuai dengan versi tampilan ini. Muat ulang halaman; bila berulang, jalankan ulang Linimasa.',
    loadFailed: 'Data tidak dapat dimuat',
    diskFull:
      'Ruang penyimpanan penuh. Tidak ada data yang berubah. Kosongkan ruang di disk (hapus atau pindahkan berkas yang tidak diperlukan), lalu coba lagi.',
    diskFullFree:
      'Ruang penyimpanan penuh (tersisa {{free, bytes}}). Tidak ada data yang berubah. Kosongkan ruang di disk (hapus atau pindahkan berkas yang tidak diperlukan), lalu coba lagi.',
    diskFullNeeded:
      'Ruang penyimpanan penuh (perlu sekitar {{needed, bytes}}, tersisa {{free, bytes}}). Tidak ada data yang berubah. Kosongkan ruang di disk (hapus atau pindahkan berkas yang tidak diperlukan), lalu coba lagi.',
    // Errors the main process raises, by key (`new AppError(code, { key, params })`).
    unknownMethod: 'Metode API tidak dikenal: {{method}}',
    internal:
      'Terjadi kesalahan di aplikasi saat menjalankan {{method}}. Data Anda aman; coba lagi, dan bila berulang laporkan ke admin.',
    databaseBusy:
      'Data sedang dipakai proses Linimasa lain (mis. pencadangan atau perintah CLI) dan belum dilepas. Tidak ada yang berubah; tunggu sebentar lalu coba lagi.',
    fileLocked:
      'Berkas sedang dipakai aplikasi lain (mis. Excel). Tutup berkas itu lalu coba lagi.',
    databaseTooNew:
      'Basis data ini dibuat oleh Linimasa yang lebih baru (skema {{found}}; aplikasi ini mengenal sampai skema {{supported}}). Perbarui Linimasa sebelum membukanya.',
    startupDiskFull:
      'Disk penuh: ruang kosong di disk folder data {{dataDir}} tinggal {{free}}. Linimasa tidak dapat dibuka sampai ada ruang. Data Anda tidak rusak dan tidak diubah: kosongkan ruang disk (hapus atau pindahkan berkas yang tidak perlu, kosongkan Tempat Sampah), lalu buka lagi.',
    startupDiskFullUnknown:
      'Disk penuh: ruang kosong di disk folder data {{dataDir}} tinggal tidak diketahui. Linimasa tidak dapat dibuka sampai ada ruang. Data Anda tidak rusak dan tidak diubah: kosongkan ruang disk (hapus atau pindahkan berkas yang tidak perlu, kosongkan Tempat Sampah), lalu buka lagi.',
    // Start-up refusals, said before the office's language can be read (CLI and start-up dialog).
    dataDirInUse: {
      unknownOwner:
        'Linimasa sudah terbuka untuk folder ini (berkas kunci sedang ditulis oleh proses lain). Tunggu sebentar lalu coba lagi.',
      elsewhere:
        'Linimasa sudah terbuka untuk folder ini di komputer lain, "{{host}}" (pid {{pid}}, sejak {{since}}), oleh {{program}}. Dari komputer ini tidak dapat diperiksa apakah masih berjalan. Tutup Linimasa di komputer itu lalu coba lagi. Bila di sana Linimasa sudah tidak berjalan (misalnya komputer itu mati mendadak), hapus berkas kunci {{lockFile}} lalu coba lagi.',
      here: 'Linimasa sudah terbuka untuk folder ini (pid {{pid}}, sejak {{since}}), oleh {{program}}. Pakai yang sudah terbuka itu, atau tutup dulu lalu coba lagi. Perintah yang hanya membaca ({{readers}}) tetap bisa dijalankan.',
    },
    missingDatabase: {
      library:
        'Basis data Linimasa (linimasa.db) tidak ada di folder data {{dataDir}}, padahal folder itu berisi {{files}} berkas pustaka aset (foto, video, dokumen). Linimasa tidak membuat basis data kosong sendiri, supaya data kantor tidak tampak hilang. Tidak ada yang diubah.',
      backups:
        'Basis data Linimasa (linimasa.db) tidak ada di folder data {{dataDir}}, padahal folder itu berisi {{backups}} cadangan (terbaru {{newest}}). Linimasa tidak membuat basis data kosong sendiri, supaya data kantor tidak tampak hilang. Tidak ada yang diubah.',
      both: 'Basis data Linimasa (linimasa.db) tidak ada di folder data {{dataDir}}, padahal folder itu berisi {{files}} berkas pustaka aset (foto, video, dokumen) dan {{backups}} cadangan (terbaru {{newest}}). Linimasa tidak membuat basis data kosong sendiri, supaya data kantor tidak tampak hilang. Tidak ada yang diubah.',
    },
    missing: {
      person: 'Orang {{id}} tidak ditemukan.',
      asset: 'Aset {{id}} tidak ditemukan.',
      collection: 'Koleksi {{id}} tidak ditemukan.',
      series: 'Seri {{id}} tidak ditemukan.',
      channel: 'Kanal {{id}} tidak ditemukan.',
      export: 'Ekspor {{id}} tidak ditemukan.',
      observance: 'Hari {{id}} tidak ditemukan.',
      campaign: 'Kampanye {{id}} tidak ditemukan.',
      bundleUpload: 'Unggahan paket {{id}} tidak ditemukan.',
      post: 'Unggahan {{id}} tidak ditemukan.',
      job: 'Pekerjaan {{id}} tidak ditemukan.',
      backup: 'Cadangan {{id}} tidak ditemukan.',
      file: 'Tidak ditemukan: {{id}}',
      bundleFile: 'Berkas paket tidak ditemukan: {{id}}',
      libraryAsset: 'Aset {{id}} tidak ada di pustaka aset; pilih lagi dari pustaka.',
    },
    actor: {
      unknown: 'Orang yang masuk tidak dikenal di data ini. Silakan masuk lagi.',
      inactive: '{{name}} sudah dinonaktifkan dan tidak dapat bertindak.',
    },
    assets: {
      unknownCursor: 'Cursor tidak dikenal; muat ulang daftar.',
      inUseOne:
        '"{{name}}" dipakai di {{count}} unggahan ({{titles}}). Lepaskan dulu dari unggahan itu, atau hapus dengan paksa untuk melepasnya sekaligus.',
      inUseMany:
        '{{assets}} aset ini dipakai di {{count}} unggahan ({{titles}}). Lepaskan dulu dari unggahan itu, atau hapus dengan paksa untuk melepasnya sekaligus.',
    },
    series: {
      noDates: 'Aturan pengulangan ini tidak menghasilkan satu tanggal pun.',
    },
    collections: {
      nameTaken: 'Koleksi "{{name}}" sudah ada.',
    },
    // <bulk>
    bulk: {
      notScheduled:
        'Unggahan ini belum dijadwalkan, jadi tidak dapat digeser beberapa hari. Pilih tanggal tujuan.',
    },
    // </bulk>
    post: {
      versionConflict:
        'Unggahan "{{title}}" sudah diubah orang lain (versi {{version}}). Muat ulang lalu ulangi perubahan Anda.',
      inTrash: 'Unggahan ini ada di Sampah.',
      inTrashEdit: 'Unggahan ini ada di Sampah. Pulihkan dulu sebelum mengubahnya.',
      warningsUnchecked:
        'Unggahan ini punya {{count}} peringatan platform. Periksa dan centang "Saya sudah memeriksa peringatan" sebelum mengajukan.',
      transitionRefused: '{{reason}}',
      // <approval-undo>
      undoMoveOutdated:
        'Pemindahan "{{title}}" tidak bisa diurungkan: unggahan sudah dipindah lagi atau diubah orang lain. Muat ulang untuk melihat jadwalnya sekarang.',
      // </approval-undo>
      changedDuringImport: 'Unggahan "{{title}}" berubah selama impor; ulangi.',
    },
    // <kinerja> Publication per channel, analytics import, figures and targets.
    publication: {
      notAllowed: 'Hanya penyetuju atau admin yang boleh menandai unggahan terbit.',
      notApproved:
        'Unggahan "{{title}}" belum disetujui. Hanya unggahan yang sudah disetujui yang bisa ditandai terbit.',
      notOnPost: 'Kanal {{channel}} tidak ada di unggahan "{{title}}".',
      notMarked: 'Kanal {{channel}} pada unggahan "{{title}}" belum ditandai terbit.',
      timeRequired:
        'Unggahan "{{title}}" belum punya jadwal. Isi tanggal dan jam terbitnya yang sebenarnya.',
      permalinkUrl: 'Tautan untuk {{channel}} harus alamat lengkap yang diawali https://.',
      permalinkDomain: 'Tautan untuk {{channel}} harus alamat {{domains}}.',
      permalinkNeedsChannel:
        'Unggahan "{{title}}" punya beberapa kanal: pilih kanal yang tautannya diisi.',
    },
    analytics: {
      unknownPlatform:
        'Berkas ini tidak dikenali sebagai ekspor Meta Business Suite, TikTok Studio, YouTube Studio atau X. Kolom pertamanya: {{columns}}. Pilih platformnya, atau periksa bahwa berkas ini ekspor per unggahan.',
      missingColumn: 'Kolom "{{column}}" tidak ada di berkas ekspor {{platform}} ini.',
      badDate: 'Baris {{row}}, kolom "{{column}}": "{{value}}" bukan tanggal yang dikenali.',
      badNumber: 'Baris {{row}}, kolom "{{column}}": "{{value}}" bukan angka.',
      csvBroken:
        'Berkas CSV rusak di baris {{row}}: jumlah kolom tidak sama dengan judul kolom, atau ada tanda kutip yang tidak ditutup.',
      xlsxBroken: 'Berkas Excel ini tidak bisa dibaca. Simpan ulang sebagai .xlsx lalu coba lagi.',
      empty: 'Berkas ini kosong.',
      noChannel: 'Belum ada kanal {{platform}} di Pengaturan › Kanal. Tambahkan dulu kanalnya.',
      channelRequired: 'Ada beberapa kanal {{platform}}: pilih kanal untuk berkas ini.',
      channelPlatform: 'Kanal {{channel}} bukan kanal {{platform}}.',
      notACandidate:
        'Baris {{row}} tidak bisa dicocokkan dengan unggahan itu: pilih salah satu yang ditawarkan.',
      pendingGone: 'Baris tinjauan ini sudah diselesaikan.',
    },
    performance: {
      targetsNotAllowed: 'Hanya penyetuju atau admin yang boleh mengubah target kinerja.',
    },
    report: {
      badPeriod: 'Periode "{{period}}" tidak dikenal: tulis 2026-12, 2026-Q4 atau 2026.',
    },
    // </kinerja>
    // <kinerjaGaps>
    reportNotes: {
      changed:
        'Catatan periode ini baru saja diubah oleh {{name}}. Muat catatan terbaru dulu, lalu tambahkan perubahan Anda.',
    },
    // </kinerjaGaps>
    // <province>
    province: {
      packNotFound:
        'Paket tidak ditemukan. Mungkin belum tiba dari provinsi; periksa folder pertukaran.',
      itemNotFound: 'Butir paket tidak ditemukan di versi paket terbaru.',
      alreadyAdopted: 'Butir ini sudah diambil ke kalender. Buka draf yang sudah ada.',
      packNotFromProvince:
        'Paket dari kantor {{code}} ditolak: paket hanya diterima dari provinsi kantor ini.',
      reportNotFromRegency:
        'Laporan dari kantor {{code}} ditolak: laporan hanya diterima dari kabupaten/kota provinsi ini.',
      sendNotRegency:
        'Laporan ke provinsi dikirim oleh kabupaten/kota. Kantor ini terdaftar sebagai provinsi di Pengaturan › Pertukaran antar-kantor.',
      packMediaMissing:
        'Paket belum dikirim: berkas "{{name}}" tidak ada lagi di pustaka aset kantor ini. Jalankan Periksa aset atau lepaskan berkas itu dari butir paket, lalu kirim lagi.',
      packMediaChanged:
        'Paket belum dikirim: berkas "{{name}}" di pustaka aset tidak sama dengan yang dicantumkan butir paket (berkasnya berubah atau rusak). Jalankan Periksa aset, lalu kirim lagi.',
      packMediaAbsent:
        'Paket ditolak: berkas "{{name}}" yang dicantumkan butir paket tidak ikut dalam kiriman. Minta provinsi mengirim ulang paket.',
      packMediaDamaged:
        'Paket ditolak: berkas "{{name}}" di dalam kiriman rusak (isinya tidak cocok dengan sidik jari yang ditandatangani provinsi). Minta provinsi mengirim ulang paket.',
    },
    // </province>
    // <provinceSend>
    provinceSend: {
      notProvince:
        'Hanya kantor tingkat provinsi yang dapat mengirim paket. Periksa identitas kantor di Pengaturan › Pertukaran antar-kantor.',
      noRegencies:
        'Kantor ini belum mengenal kabupaten/kota mana pun. Tambahkan identitas kabupaten/kota di Pengaturan › Pertukaran antar-kantor.',
      unknownRecipient:
        'Kantor {{code}} bukan kabupaten/kota provinsi ini yang dikenal. Tambahkan identitasnya dulu di Pengaturan › Pertukaran antar-kantor.',
      noRecipients: 'Pilih paling sedikit satu kabupaten/kota penerima.',
      deadlinePast: 'Batas unggah sudah lewat. Pilih tanggal dan jam yang akan datang.',
      packNotFound: 'Paket yang akan diperbarui tidak ditemukan di daftar paket terkirim.',
      postNotFound: 'Unggahan tidak ditemukan. Mungkin sudah dihapus.',
      postUnscheduled: '“{{title}}” belum dijadwalkan. Beri tanggal dan jam di kalender dulu.',
      postWithoutChannels: '“{{title}}” belum memilih kanal. Pilih kanalnya di kalender dulu.',
    },
    // </provinceSend>
    backup: {
      jobsRunning:
        'Masih ada pekerjaan berjalan (impor atau ekspor). Tunggu selesai atau batalkan dulu.',
      tooNew:
        'Cadangan ini dari Linimasa yang lebih baru (skema {{version}}); perbarui aplikasi dulu.',
      unreadable:
        'Cadangan {{name}} tidak dapat dibaca: berkasnya rusak atau bukan cadangan Linimasa.',
      corrupt: 'Cadangan rusak, tidak dipulihkan: {{problems}}',
    },
    logo: {
      tooLarge: 'Logo paling besar 2 MB.',
      invalid: 'Berkas ini bukan gambar PNG atau JPEG yang bisa dibaca.',
    },
    exportTarget: {
      insideDataDir:
        'Berkas hasil ekspor tidak boleh disimpan di dalam folder data Linimasa ({{dataDir}}): di sana ia dapat menimpa basis data atau pustaka foto. Pilih folder lain, misalnya Dokumen atau flashdisk.',
    },
    ics: {
      empty: 'Berkas .ics kosong.',
      tooBig: 'Berkas .ics terlalu besar (paling besar {{megabytes}} MB).',
      notCalendarStart: 'Berkas ini bukan kalender .ics (tidak diawali BEGIN:VCALENDAR).',
      broken: 'Berkas .ics rusak dan tidak dapat dibaca.',
      brokenAt: 'Berkas .ics rusak dan tidak dapat dibaca ({{detail}}).',
      noCalendar: 'Berkas .ics tidak berisi kalender.',
      notCalendar: 'Berkas ini bukan kalender .ics.',
      tooManyEvents: 'Berkas .ics berisi lebih dari {{max}} acara; pecah menjadi beberapa berkas.',
      tooManyDays:
        'Berkas .ics menghasilkan lebih dari {{max}} hari; pecah menjadi beberapa berkas.',
    },
    bundle: {
      fileMissing: 'Berkas paket tidak ditemukan (sudah dipindah, atau flashdisk dicabut?).',
      notZip: 'Berkas ini bukan paket Linimasa (.linimasa): isinya bukan arsip zip.',
      truncated:
        'Paket terpotong: bagian akhirnya tidak ada (salinan belum selesai?). Salin ulang paketnya lalu coba lagi.',
      corrupt: 'Paket rusak dan tidak dapat dibaca ({{detail}}).',
      parentPath: 'Paket ditolak: entri {{name}} mengandung ".." (menunjuk ke luar folder).',
      absolutePath: 'Paket ditolak: entri {{name}} berjalur mutlak (diawali "/" atau huruf drive).',
      backslash: 'Paket ditolak: entri {{name}} memakai garis miring terbalik "\\".',
      controlCharacter:
        'Paket ditolak: nama entri {{name}} mengandung karakter kendali (mis. NUL).',
      symlink: 'Paket ditolak: entri {{name}} adalah tautan simbolik (symlink).',
      duplicate: 'Paket ditolak: entri {{name}} muncul lebih dari sekali.',
      unknown: 'Paket ditolak: entri {{name}} bukan bagian dari paket Linimasa.',
      unlisted: 'Paket ditolak: entri {{name}} tidak tercantum di manifest.',
      missing: 'Paket tidak utuh: {{name}} tercantum di manifest tetapi tidak ada di dalam paket.',
      tooLargeToExport:
        'Paket tidak dapat dibuat: entri {{name}} terlalu besar ({{bytes, binaryBytes}}; batasnya {{limit, binaryBytes}}). Ekspor rentang tanggal yang lebih pendek, lalu kirim beberapa paket.',
      tooLarge:
        'Paket ditolak: entri {{name}} terlalu besar ({{bytes, binaryBytes}}; batasnya {{limit, binaryBytes}}).',
      tooManyEntries: 'Paket ditolak: paket berisi {{count}} entri; batasnya {{limit}}.',
      zipBomb:
        'Paket ditolak: entri {{name}} mengembang {{ratio}} kali lipat saat dibuka (bom zip).',
      overlapping:
        'Paket ditolak: data entri {{name}} bertumpang-tindih dengan entri lain (bom zip).',
      encrypted:
        'Paket ditolak: entri {{name}} terenkripsi atau memakai kompresi yang tidak dikenal.',
      checksum:
        'Paket rusak: isi {{name}} tidak cocok dengan sidik jari SHA-256 di manifest. Salin ulang paketnya dari sumber; bila tetap gagal, jalankan "Verifikasi pustaka" di komputer asal (berkasnya mungkin rusak di sana).',
      sizeMismatch: 'Paket rusak: ukuran {{name}} tidak sama dengan yang tercantum di manifest.',
      noManifest: 'Berkas ini arsip zip biasa, bukan paket Linimasa: manifest.json tidak ada.',
      notBundle: 'Berkas ini bukan paket Linimasa (manifest.json tidak dikenal).',
      futureVersion:
        'Paket ini dibuat oleh versi Linimasa yang lebih baru (format paket {{version}}; versi ini membaca sampai {{supported}}). Perbarui Linimasa lalu impor lagi.',
      invalidData: 'Paket rusak: isi {{file}} tidak sesuai format ({{detail}}).',
      unresolved:
        '{{count}} unggahan bentrok (diubah di sini dan di paket) dan belum dipilih penyelesaiannya: {{titles}}. Pilih "pertahankan milik saya", "ambil dari paket" atau "simpan keduanya" untuk masing-masing.',
      assetRefused: 'Aset "{{name}}" dari paket tidak dapat ditambahkan ke pustaka: {{reason}}',
      assetMissing:
        'Berkas aset "{{name}}" tidak ada di folder data. Jalankan Periksa aset, atau ekspor paket tanpa aset.',
      assetCorrupt:
        'Berkas aset "{{name}}" rusak (isinya tidak cocok dengan sidik jarinya). Jalankan Periksa aset, atau ekspor paket tanpa aset.',
    },
    // <zoneChange>
    zoneChange: {
      choiceRequired:
        'Zona waktu belum diubah: {{count}} unggahan terjadwal akan tampil pada jam lain ({{from}} → {{to}}). Pilih dulu apakah jam lokalnya dipertahankan atau saat tayangnya.',
    },
    // </zoneChange>
    // <operations>
    operations: {
      sessionGone: 'Sesi itu sudah berakhir. Muat ulang daftar.',
      ownSession: 'Ini sesi Anda sendiri. Gunakan "Keluar" di menu Saya.',
    },
    // </operations>
    // <exchange> The exchange between offices (issue 16): identity, known offices, the folder.
    exchange: {
      notSetUp:
        'Identitas kantor untuk pertukaran antar-kantor belum diatur. Isi kode wilayah, nama dan tingkat kantor di Pengaturan › Pertukaran antar-kantor.',
      folderNotSet:
        'Folder pertukaran belum dipilih. Pilih foldernya di Pengaturan › Pertukaran antar-kantor.',
      folderMissing:
        'Folder pertukaran {{folder}} tidak ditemukan (flashdisk dicabut, atau folder dipindah?).',
      levelMismatch:
        'Kode wilayah {{code}} tidak cocok dengan tingkat kantor: provinsi memakai dua angka (mis. 73), kabupaten/kota memakai NN.NN (mis. 73.06).',
      keyMissing:
        'Kunci tanda tangan kantor tidak ada di folder data komputer ini. Berkas tidak dapat ditandatangani.',
      identityUnreadable:
        'Berkas ini bukan berkas identitas kantor Linimasa (.linimasa-kantor.json) atau isinya rusak.',
      identityFuture:
        'Berkas identitas ini dibuat oleh versi Linimasa yang lebih baru (format {{version}}). Perbarui Linimasa lalu coba lagi.',
      identitySignature:
        'Tanda tangan berkas identitas tidak sah: isinya diubah setelah dibuat. Minta berkas baru dari kantor pengirim.',
      fingerprintMismatch:
        'Sidik jari yang dikonfirmasi tidak sama dengan sidik jari kunci di berkas. Kantor tidak ditambahkan. Cocokkan lagi sidik jarinya langsung dengan kantor pengirim (telepon).',
      ownIdentity: 'Berkas ini identitas kantor ini sendiri; tidak perlu diimpor.',
      keyChanged:
        'Kantor {{code}} ({{name}}) sudah dikenal dengan kunci lain. Kunci yang berubah tidak diterima: hubungi kantor itu, dan bila kuncinya memang diganti, hapus dulu kantor itu dari daftar lalu impor identitas barunya.',
      officeUnknown: 'Kantor {{code}} tidak ada di daftar kantor yang dikenal.',
      keyInUse: 'Kunci ini sudah dipakai kantor {{code}} yang dikenal. Kantor tidak ditambahkan.',
      noIdentityCard:
        'Tidak ada kartu identitas kantor {{code}} yang lengkap di folder pertukaran. Periksa lagi setelah Syncthing selesai menyalin, atau impor berkas identitasnya.',
      notEnvelope: 'Berkas ini bukan kiriman Linimasa (kiriman.json tidak ada atau tidak dikenal).',
      futureSchema:
        'Kiriman ini dibuat oleh versi Linimasa yang lebih baru (format {{version}}; versi ini membaca sampai {{supported}}). Perbarui Linimasa; kiriman akan dibaca lagi.',
      invalidEnvelope: 'Kiriman rusak: kiriman.json tidak sesuai format ({{detail}}).',
      senderMismatch:
        'Kiriman ditolak: berkas di folder kantor {{folder}} mengaku dikirim oleh {{sender}}.',
      nameMismatch:
        'Kiriman ditolak: nama berkas tidak cocok dengan nomor urut atau jenis di dalamnya.',
      unknownSender:
        'Kiriman dari kantor {{code}} ditolak: kantor itu belum dikenal. Impor dulu berkas identitasnya dan cocokkan sidik jarinya.',
      badSignature:
        'Kiriman ditolak: tanda tangan tidak cocok dengan kunci kantor {{code}} yang dikenal (isinya diubah, atau bukan dari kantor itu).',
      wrongRecipient: 'Kiriman ditolak: kiriman ini bukan untuk kantor ini ({{code}}).',
      unknownKind:
        'Kiriman jenis "{{kind}}" belum dapat dibaca versi Linimasa ini. Perbarui Linimasa.',
      seqReused:
        'Kiriman ditolak: nomor urut {{seq}} dari kantor ini sudah diterima dengan isi lain.',
      invalidPayload: 'Kiriman rusak: isi.json tidak sesuai format ({{detail}}).',
    },
    // </exchange>
  },
  // <desk-first-run> The desktop app's first start: new office, existing folder, or the office host.
  firstRunChoice: {
    title: 'Selamat datang di Linimasa',
    intro: 'Bagaimana Linimasa dipakai di komputer ini?',
    new: 'Mulai kantor baru di komputer ini',
    newHint:
      'Data disimpan di folder Linimasa komputer ini. Lokasinya bisa diubah nanti di Pengaturan › Lokasi data.',
    existing: 'Buka folder data yang ada',
    existingHint: 'Folder yang sudah berisi data Linimasa, mis. dari komputer lama atau flashdisk.',
    connect: 'Hubungkan ke komputer kantor',
    connectHint: 'Komputer kantor lain sudah menjalankan Linimasa untuk jaringan kantor.',
    back: 'Kembali ke pilihan',
    restarting: 'Linimasa dibuka ulang dengan data di {{dir}}…',
    problems: {
      empty:
        'Folder {{dir}} kosong. Untuk memulai dari awal, pilih "Mulai kantor baru di komputer ini".',
      notLinimasa: 'Folder {{dir}} tidak berisi data Linimasa (linimasa.db). Pilih folder datanya.',
      network:
        'Folder jaringan tidak bisa dipakai: basis data harus di disk komputer ini. Salin foldernya ke komputer ini dulu.',
    },
  },
  // </desk-first-run>
  // <officeNetwork> The office network: host mode, TLS, the sign-in page's notices (issue 14).
  officeNetwork: {
    title: 'Jaringan kantor',
    description:
      'Alamat yang dibuka rekan di peramban komputer mereka, dan apakah sambungannya terenkripsi.',
    addresses: 'Alamat untuk rekan',
    noAddresses:
      'Linimasa ini belum dibuka untuk jaringan kantor: hanya komputer ini yang dapat membukanya.',
    qrAlt: 'Kode QR untuk {{url}}',
    tls: 'HTTPS',
    tlsOn: 'Menyala: sambungan terenkripsi',
    tlsOff: 'Mati: kata sandi dan isi terkirim tanpa enkripsi',
    fingerprint: 'Sidik jari sertifikat (SHA-256)',
    desktop: 'Aplikasi desktop',
    open: 'Buka untuk jaringan kantor',
    listen: 'Alamat dan port',
    listenHint: 'Mis. 0.0.0.0:8080 (semua jaringan komputer ini) atau 192.168.1.10:8080.',
    useTls: 'Pakai HTTPS (sertifikat buatan Linimasa sendiri)',
    restartNote: 'Berlaku setelah Linimasa dijalankan ulang.',
    // <desk> The desktop app's own listener, applied as soon as it is saved.
    appliesNow:
      'Perubahan berlaku begitu disimpan: rekan dapat membuka alamat di atas, dan menutupnya mengeluarkan mereka.',
    savedNow: 'Tersimpan dan diterapkan.',
    hostState: {
      off: 'Tertutup untuk jaringan kantor: hanya komputer ini yang memakai Linimasa.',
      starting: 'Sedang membuka {{listen}} untuk jaringan kantor…',
      on: 'Terbuka untuk jaringan kantor di {{listen}}.',
      failed: {
        inUse:
          'Belum terbuka untuk jaringan kantor: port {{port}} sudah dipakai program lain di komputer ini. Linimasa tetap berjalan di komputer ini; pilih port lain lalu simpan.',
        notHere:
          'Belum terbuka untuk jaringan kantor: {{host}} bukan alamat komputer ini. Pakai 0.0.0.0 (semua jaringan) atau alamat salah satu jaringannya, lalu simpan.',
        needsAdmin:
          'Belum terbuka untuk jaringan kantor: port {{port}} memerlukan hak administrator komputer. Pilih port 1024 ke atas, mis. 8080, lalu simpan.',
        invalid:
          'Belum terbuka untuk jaringan kantor: {{listen}} tidak dapat dipakai. Tulis ALAMAT:PORT, mis. 0.0.0.0:8080.',
        certificate:
          'Belum terbuka untuk jaringan kantor: sertifikat HTTPS di folder data (tls/) tidak dapat dibaca atau dibuat.',
        other:
          'Belum terbuka untuk jaringan kantor: {{listen}} tidak dapat dibuka. Simpan sekali lagi, atau jalankan ulang Linimasa.',
      },
    },
    // </desk>
    save: 'Simpan',
    saved: 'Tersimpan. Berlaku setelah Linimasa dijalankan ulang.',
    signin: {
      unencrypted:
        'Sambungan ini tidak dienkripsi: kata sandi Anda terkirim apa adanya di jaringan kantor. Minta admin menyalakan HTTPS.',
      fingerprint:
        'Sambungan terenkripsi (HTTPS). Pastikan sidik jari sertifikat ini sama dengan yang tertera di komputer kantor:',
    },
  },
  // </officeNetwork>
  // <signin> Sign-in screen and the first administrator (issue 13).
  signin: {
    title: 'Masuk ke Linimasa',
    setupTitle: 'Siapkan administrator',
    setupNew: 'Kantor baru: buat akun administrator pertama dengan kata sandinya.',
    setupUpgrade:
      'Linimasa kini memakai akun masing-masing. Administrator menetapkan kata sandinya dulu; orang lain mendapat kata sandi sementara dari administrator.',
    name: 'Nama lengkap',
    admin: 'Administrator',
    userName: 'Nama pengguna',
    password: 'Kata sandi',
    passwordHint: 'Minimal 8 karakter; hindari kata sandi yang umum.',
    submit: 'Masuk',
    setupSubmit: 'Simpan dan masuk',
  },
  // </signin>
  // <session> The signed-in person: session menu, password change, idle lock (issue 13).
  session: {
    menu: {
      button: 'Saya: {{name}} ({{role}})',
      me: 'Saya: {{name}}',
      label: 'Akun',
      changePassword: 'Ganti kata sandi',
      switchUser: 'Ganti pengguna',
      signOut: 'Keluar',
    },
    notice: {
      signedOut: 'Anda sudah keluar.',
      switchUser: 'Anda sudah keluar. Silakan pengguna berikutnya masuk.',
      sessionEnded: 'Sesi Anda berakhir. Silakan masuk lagi.',
    },
    password: {
      title: 'Ganti kata sandi',
      current: 'Kata sandi saat ini',
      new: 'Kata sandi baru',
      repeat: 'Ulangi kata sandi baru',
      mismatch: 'Ulangan tidak sama dengan kata sandi baru.',
      submit: 'Simpan kata sandi',
      changed: 'Kata sandi diganti. Sesi Anda di komputer lain sudah diakhiri.',
      closeToast: 'Tutup',
    },
    mustChange: {
      title: 'Ganti kata sandi sekali pakai',
      body: '{{name}}, Anda masuk dengan kata sandi sekali pakai dari administrator. Buat kata sandi Anda sendiri sebelum melanjutkan.',
      oneTime: 'Kata sandi sekali pakai',
      submit: 'Simpan dan lanjutkan',
    },
    unsaved: {
      title: 'Perubahan belum disimpan',
      body: 'Unggahan yang sedang dibuka punya perubahan yang belum disimpan. Simpan dulu, atau tinggalkan perubahan itu.',
      stay: 'Kembali dan simpan',
      switchUser: 'Ganti pengguna tanpa menyimpan',
      signedOut: 'Keluar tanpa menyimpan',
    },
    lock: {
      title: 'Terkunci',
      body: 'Layar dikunci karena tidak dipakai selama {{minutes}} menit. Masukkan kata sandi Anda untuk melanjutkan; pekerjaan yang terbuka tetap seperti tadi.',
      unlock: 'Buka kunci',
    },
  },
  // </session>
  unauthorized: {
    title: 'Sesi tidak sah',
    body: 'Halaman ini dibuka tanpa token yang berlaku, sehingga data kantor tidak ditampilkan.',
    action:
      'Buka alamat lengkap yang dicetak Linimasa di terminal saat dijalankan (alamat yang berakhiran ?token=…).',
    hint: 'Alamat itu berganti setiap kali Linimasa dijalankan ulang; selalu gunakan yang terbaru.',
  },
  crash: {
    title: 'Tampilan mengalami kesalahan',
    body: 'Maaf, layar ini gagal ditampilkan. Data Anda tetap tersimpan di komputer ini. Muat ulang untuk melanjutkan.',
    details: 'Rincian teknis (untuk admin)',
    reload: 'Muat ulang',
  },
  calendar: {
    title: 'Kalender',
    noChannelsTitle: 'Belum ada kanal',
    noChannelsBody:
      'Belum ada kanal. Tambahkan kanal di Pengaturan, misalnya akun Instagram atau situs web instansi, lalu susun kalender kontennya di sini.',
    addChannel: 'Tambahkan kanal di Pengaturan',
    checklistTitle: 'Persiapan',
    checklistIntro: 'Beberapa hal belum lengkap. Kalender tetap bisa dipakai sambil dilengkapi.',
    checkOffice: 'Profil kantor dan penanda tangan',
    checkChannels: 'Kanal (aktif: {{count}})',
    checkPeople: 'Perencana dan penyetuju (aktif: {{count}})',
    checkCampaigns: 'Pilar konten (aktif: {{count}})',
    done: 'Selesai',
    todo: 'Belum',
    complete: 'Lengkapi',
    loading: 'Memuat unggahan…',
    toolbarLabel: 'Navigasi kalender',
    previousMonth: 'Bulan sebelumnya',
    nextMonth: 'Bulan berikutnya',
    previousWeek: 'Pekan sebelumnya',
    nextWeek: 'Pekan berikutnya',
    today: 'Hari ini',
    zone: 'Waktu {{zone}}',
    zoneHint: 'Semua jam ditampilkan dalam zona waktu kantor ({{zone}}).',
    shortcuts: 'PageUp/PageDown: pindah {{unit}} · T: hari ini · Ctrl+Z: urungkan · /: cari',
    unitMonth: 'bulan',
    unitWeek: 'pekan',
    views: {
      label: 'Tampilan',
      month: 'Bulan',
      week: 'Pekan',
      agenda: 'Agenda',
    },
    status: {
      draft: 'Draf',
      in_review: 'Menunggu persetujuan',
      changes_requested: 'Perlu revisi',
      approved: 'Disetujui',
      published: 'Terbit',
      cancelled: 'Dibatalkan',
    },
    month: {
      label: 'Kalender {{month}}',
      todayMark: 'Hari ini',
      addOn: 'Tambah unggahan pada {{date}}',
      more: '+{{count}} lainnya',
      moreOn: 'pada {{date}}',
      empty:
        'Belum ada unggahan pada {{month}}. Klik sebuah tanggal untuk membuat unggahan, atau seret ide dari daftar di samping ke tanggalnya.',
      emptyFiltered:
        'Tidak ada unggahan pada {{month}} yang cocok dengan saringan. Hapus saringan untuk melihat semuanya.',
    },
    chip: {
      noChannel: 'belum ada kanal',
      // <approval-undo> (change requests in front)
      changeRequest: 'Alasan revisi: {{reason}}',
      checked: 'Diperiksa, menunggu persetujuan',
      // </approval-undo>
    },
    observance: {
      label: 'Hari peringatan: {{name}}',
      holiday: 'libur nasional',
    },
    day: {
      close: 'Tutup',
      add: 'Tambah unggahan pada hari ini',
      empty: 'Belum ada unggahan pada hari ini.',
    },
    week: {
      label: 'Pekan {{range}}',
      time: 'Jam',
      hour: '{{hour}}.00',
      moreAt: 'pukul {{hour}}.00, {{date}}',
    },
    agenda: {
      label: 'Agenda {{month}}',
      noChannel: 'Belum memilih kanal',
    },
    ideas: {
      title: 'Ide / belum dijadwalkan',
      add: '+ Ide baru',
      listLabel: 'Daftar ide',
      empty:
        'Belum ada ide. Catat ide unggahan di sini lewat “+ Ide baru”, lalu seret ke sebuah tanggal saat siap dijadwalkan.',
      dropHere: 'Lepas di sini untuk menjadikannya ide lagi (tanpa tanggal).',
    },
    filters: {
      label: 'Saringan',
      channel: 'Kanal',
      status: 'Status',
      campaign: 'Pilar',
      assignee: 'PIC',
      tag: 'Tag',
      clear: 'Hapus saringan',
      selected: '{{count}} dipilih',
      none: 'Belum ada pilihan. Tambahkan di Pengaturan.',
      noTags: 'Belum ada tag. Tag diisi di editor unggahan.',
    },
    search: {
      label: 'Cari unggahan',
      placeholder: 'Cari judul, caption, tagar…',
      results: 'Hasil pencarian',
      count: '{{count}} hasil untuk “{{query}}”',
      none: 'Tidak ada unggahan yang cocok dengan “{{query}}”. Coba kata lain atau hapus saringan.',
      idea: 'Ide, belum dijadwalkan',
      close: 'Tutup hasil pencarian',
      searching: 'Mencari…',
    },
    notices: {
      moved: '“{{title}}” dipindahkan ke {{date}}.',
      movedToIdeas: '“{{title}}” dikembalikan ke daftar ide.',
      returnedToDraft: 'Kembali ke draf karena diubah setelah diajukan/disetujui.',
      conflict: 'Unggahan ini diubah orang lain. Muat ulang?',
      reload: 'Muat ulang',
      undo: 'Urungkan',
      undone: 'Pemindahan “{{title}}” diurungkan.',
      // <approval-undo>
      undoneApprovalKept:
        'Pemindahan “{{title}}” diurungkan: dikembalikan ke keadaan sebelum dipindah; persetujuan tetap berlaku karena isi dan jadwal sama.',
      undoneSubmissionKept:
        'Pemindahan “{{title}}” diurungkan: dikembalikan ke keadaan sebelum dipindah; pengajuan tetap berlaku karena isi dan jadwal sama.',
      undoneApprovalLost:
        'Pemindahan “{{title}}” diurungkan, tetapi persetujuan tidak dipulihkan karena unggahan berubah setelah dipindah. Statusnya tetap Draf; ajukan ulang agar disetujui.',
      // </approval-undo>
      restored: '“{{title}}” dipulihkan dari sampah.',
      nothingToUndo: 'Tidak ada yang bisa diurungkan.',
      signInFirst: 'Anda tidak sedang masuk. Masuk lagi agar perubahan tercatat atas nama Anda.',
      failed: 'Gagal: {{message}}',
      close: 'Tutup pemberitahuan',
    },
    dnd: {
      roleDescription: 'dapat diseret',
      instructions:
        'Tekan Spasi untuk mengangkat unggahan, tombol panah untuk memindahkannya ke hari lain, lalu Spasi untuk meletakkan atau Esc untuk batal.',
      picked: 'Mengangkat {{title}}.',
      over: '{{title}} di atas {{target}}.',
      notOver: '{{title}} tidak di atas tanggal mana pun.',
      dropped: '{{title}} diletakkan pada {{target}}.',
      cancelled: 'Batal memindahkan {{title}}.',
      trayTarget: 'daftar ide',
    },
  },
  // <assets> Asset library (Pustaka Aset): import, grid, filters, selection, detail, collections.
  assets: {
    title: 'Pustaka Aset',
    intro: '{{n}} berkas foto, video, dan dokumen, tersimpan di komputer ini.',
    dropHint: 'Lepaskan untuk mengimpor ke pustaka',
    toolbar: {
      importFiles: 'Impor berkas',
      importFolder: 'Impor folder',
      verify: 'Verifikasi pustaka',
      search: 'Cari aset',
      searchPlaceholder: 'Cari nama berkas, judul, keterangan, atau tag…',
      sort: 'Urutkan',
      viewLabel: 'Tampilan',
      view: { grid: 'Petak', list: 'Daftar' },
    },
    sort: {
      recentlyImported: 'Terakhir diimpor',
      newest: 'Tanggal diambil (terbaru)',
      oldest: 'Tanggal diambil (terlama)',
      name: 'Nama (A–Z)',
      largest: 'Ukuran (terbesar)',
    },
    kind: {
      image: 'Foto',
      video: 'Video',
      document: 'Dokumen',
      audio: 'Audio',
      other: 'Lainnya',
    },
    orientation: { portrait: 'Potret', landscape: 'Lanskap', square: 'Persegi' },
    status: { ok: 'Baik', missing: 'Hilang', corrupt: 'Rusak' },
    filters: {
      label: 'Saring aset',
      kind: 'Jenis',
      anyKind: 'Semua jenis',
      any: 'Semua',
      tag: 'Tag',
      tagPlaceholder: 'Ketik tag…',
      removeTag: 'Hapus filter tag {{tag}}',
      orientation: 'Orientasi',
      from: 'Dari tanggal',
      to: 'Sampai tanggal',
      usage: 'Pemakaian',
      used: 'Sudah dipakai',
      unused: 'Belum dipakai',
      missing: 'Berkas hilang',
      rightsExpiring: 'Hak pakai habis ≤ 30 hari',
      clear: 'Hapus filter ({{count}})',
    },
    results: {
      label: 'Aset ({{n}})',
      loading: 'Memuat pustaka…',
      loadingItem: 'Memuat…',
    },
    list: {
      name: 'Nama',
      kind: 'Jenis',
      size: 'Ukuran',
      dimensions: 'Dimensi',
      date: 'Tanggal',
      tags: 'Tag',
      used: 'Dipakai',
    },
    tile: {
      rightsSoon: 'Hak pakai segera habis',
      used: 'dipakai di {{count}} unggahan',
    },
    meta: {
      pageCount: '{{count}} halaman',
      fileName: 'Nama berkas',
      type: 'Jenis',
      size: 'Ukuran',
      dimensions: 'Dimensi',
      captured: 'Diambil',
      camera: 'Kamera',
      duration: 'Durasi',
      codec: 'Codec',
      pages: 'Halaman',
      imported: 'Diimpor',
      sha256: 'SHA-256',
      status: 'Status',
    },
    empty: {
      title: 'Pustaka aset masih kosong',
      body: 'Seret foto kegiatan ke sini atau klik Impor berkas. Satu folder penuh juga bisa, lewat Impor folder.',
      privacy:
        'Berkas disalin ke folder data Linimasa di komputer ini, tanpa internet. Berkas yang sama tidak pernah tersimpan dua kali.',
      noMatch: 'Tidak ada aset yang cocok dengan filter ini.',
      noMatchQuery: 'Tidak ada aset yang cocok dengan “{{query}}”.',
      clearSearch: 'Hapus pencarian',
      clearFilters: 'Hapus filter',
    },
    import: {
      title: 'Mengimpor berkas…',
      finished: {
        running: 'Mengimpor berkas…',
        done: 'Impor selesai',
        cancelled: 'Impor dibatalkan',
        failed: 'Impor gagal',
      },
      cancel: 'Batalkan impor',
      close: 'Tutup',
      progressLabel: 'Kemajuan impor',
      files: '{{done}} dari {{total}} berkas',
      bytes: '{{done}} dari {{total}}',
      current: 'Sedang diproses: {{names}}',
      summary: {
        imported: 'Diimpor: {{count}}',
        duplicate: 'Sudah ada: {{count}}',
        failed: 'Gagal: {{count}}',
        skipped: 'Dilewati (berkas sistem): {{count}}',
      },
      cancelledNote: 'Berkas yang sudah selesai tetap ada di pustaka; sisanya tidak diimpor.',
      resultsLabel: 'Hasil per berkas',
      result: {
        imported: 'Diimpor',
        duplicate: 'Sudah ada di pustaka',
        duplicateOf: 'Sudah ada di pustaka sebagai “{{name}}”',
        failed: 'Gagal: {{reason}}',
      },
      unknownReason: 'alasannya tidak diketahui',
      openExisting: 'Buka “{{name}}”',
      showAll: 'Tampilkan semua hasil ({{count}})',
      showFewer: 'Tampilkan lebih sedikit',
      moreResults: 'dan {{count}} berkas lainnya',
      networkFailed:
        'Tidak dapat menghubungi Linimasa. Pastikan Linimasa masih berjalan, lalu impor lagi.',
      refused: 'Linimasa menolak unggahan ini (HTTP {{status}}).',
      nothingToImport:
        'Tidak ada yang diimpor: yang dipilih hanya berkas sistem atau folder kosong.',
      busy: 'Masih ada impor yang berjalan. Tunggu sampai selesai atau batalkan dulu.',
    },
    verify: {
      title: 'Memverifikasi pustaka…',
      finished: {
        running: 'Memverifikasi pustaka…',
        done: 'Verifikasi selesai',
        cancelled: 'Verifikasi dibatalkan',
        failed: 'Verifikasi gagal',
      },
      cancel: 'Batalkan verifikasi',
      close: 'Tutup',
      progressLabel: 'Kemajuan verifikasi',
      progress: '{{done}} dari {{total}} berkas diperiksa ({{bytes}})',
      allGood: 'Semua {{n}} berkas utuh: isinya sama persis dengan saat diimpor.',
      someBad: '{{ok}} berkas utuh, {{missing}} hilang, {{corrupt}} rusak (isinya berubah).',
      thumbs:
        '{{missing}} gambar mini (thumbnail) hilang; {{rebuilt}} dibuat ulang dari berkas aslinya.',
      problemsLabel: 'Berkas bermasalah',
      problem: {
        missing: 'Hilang dari folder data',
        corrupt: 'Rusak: isi berkas berubah',
      },
      moreProblems: 'dan {{count}} berkas lainnya',
      showMissing: 'Tampilkan aset yang hilang',
      advice:
        'Untuk memulihkannya, impor ulang berkas aslinya (misalnya dari flashdisk atau folder kegiatan); Linimasa mengenalinya dari isinya.',
    },
    selection: {
      label: 'Aset terpilih',
      count: '{{n}} aset dipilih',
      tag: 'Beri tag',
      addToCollection: 'Masukkan ke koleksi',
      removeFromCollection: 'Keluarkan dari koleksi ini',
      delete: 'Hapus',
      selectAll: 'Pilih semua ({{n}})',
      clear: 'Batalkan pilihan',
      tooMany: 'Paling banyak {{count}} aset dapat dipilih sekaligus.',
      capped:
        'Hanya {{count}} aset pertama yang dipilih. Persempit dengan filter untuk memilih sisanya.',
    },
    bulk: {
      tagTitle: 'Beri tag pada {{count}} aset',
      tagLabel: 'Tag yang ditambahkan',
      tagConfirm: 'Tambahkan tag',
      tagNeeded: 'Ketik minimal satu tag, lalu tekan Enter.',
      collectionTitle: 'Masukkan {{count}} aset ke koleksi',
      collectionLabel: 'Koleksi',
      newCollection: 'Koleksi baru…',
      collectionConfirm: 'Masukkan',
      deleteTitle: 'Hapus {{n}} aset?',
      deleteBody:
        'Berkas dan gambar kecilnya ikut dihapus dari folder data Linimasa. Berkas asli di flashdisk atau folder Anda tidak tersentuh.',
      checkingUsage: 'Memeriksa unggahan yang memakai aset ini…',
      usedWarning: '{{count}} aset masih dipakai di unggahan:',
      usedMore: 'dan {{count}} aset lain yang juga dipakai.',
      forceExplain:
        'Jika tetap dihapus, aset dilepas dari unggahan-unggahan itu dan hal ini dicatat di riwayat unggahannya.',
      deleteConfirm: 'Hapus',
      deleteForce: 'Hapus dan lepaskan dari unggahan',
    },
    collections: {
      title: 'Koleksi',
      all: 'Semua aset',
      showAll: 'Tampilkan semua ({{count}})',
      showLess: 'Tampilkan lebih sedikit',
      add: '+ Koleksi baru',
      newName: 'Nama koleksi baru',
      create: 'Buat',
      name: 'Nama koleksi',
      rename: 'Ubah nama',
      renameTitle: 'Ubah nama koleksi {{name}}',
      delete: 'Hapus koleksi',
      deleteTitle: 'Hapus koleksi {{name}}?',
      deleteBody:
        'Aset di dalamnya ({{count}}) tetap ada di pustaka; hanya pengelompokannya yang dihapus.',
      deleteConfirm: 'Hapus koleksi',
    },
    detail: {
      loading: 'Memuat…',
      close: 'Tutup',
      fileMissing:
        'Berkas ini hilang dari folder data Linimasa. Impor ulang berkas aslinya untuk memulihkannya.',
      videoLabel: 'Video {{name}}',
      audioLabel: 'Audio {{name}}',
      previewAlt: 'Pratinjau {{name}}',
      zoom: 'Perbesaran pratinjau',
      zoomIn: 'Perbesar',
      zoomOut: 'Perkecil',
      fit: 'Sesuaikan',
      fitted: 'Pas',
      about: 'Keterangan',
      title: 'Judul',
      description: 'Deskripsi / teks alternatif',
      descriptionHint:
        'Jelaskan isi foto untuk pembaca layar, misalnya “Bupati menyerahkan bantuan beras kepada warga Desa Sukamaju”.',
      credit: 'Kredit / sumber',
      rights: 'Lisensi atau catatan hak pakai',
      rightsExpiresOn: 'Hak pakai berakhir',
      tags: 'Tag',
      tagsHint: 'Tekan Enter atau koma setelah setiap tag.',
      addTag: 'Tambah',
      removeTag: 'Hapus tag {{tag}}',
      collections: 'Koleksi',
      noCollections: 'Belum ada koleksi. Buat lewat daftar Koleksi di sebelah kiri.',
      usedIn: 'Dipakai di',
      unused: 'Belum dipakai di unggahan mana pun.',
      noDate: 'belum dijadwalkan',
      untitledPost: '(tanpa judul)',
      inTrash: 'di tempat sampah',
    },
    notices: {
      tagged: 'Tag {{tags}} ditambahkan ke {{count}} aset.',
      addedToCollection: '{{count}} aset dimasukkan ke koleksi {{name}}.',
      removedFromCollection: '{{count}} aset dikeluarkan dari koleksi.',
      deleted: '{{count}} aset dihapus.',
      recovered:
        '{{count}} berkas pustaka yang tidak tercatat di basis data (misalnya setelah pemulihan cadangan) dimasukkan kembali ke pustaka, dalam koleksi “{{name}}”. Tidak ada foto yang dihapus.',
      mismatched:
        '{{count}} berkas di folder pustaka isinya tidak cocok dengan namanya (mungkin rusak). Berkas itu dibiarkan, tidak dihapus; jalankan Verifikasi pustaka atau hubungi admin.',
      dismiss: 'Tutup',
    },
  },
  // </assets>
  export: {
    title: 'Ekspor',
    intro:
      'Jadwal yang sudah disetujui, untuk dicetak dan ditandatangani, dikirim sebagai lembar kerja, dimuat ke kalender atau aplikasi penjadwal, atau dibawa ke komputer lain. Setiap ekspor tercatat di riwayat beserta sidik SHA-256 berkasnya.',
    profileMissing: 'Belum diisi: {{fields}}.',
    completeProfile: 'Lengkapi profil kantor',
    pdfNeedsProfile: 'PDF mencetak nama instansi dan penanda tangan di kop dan blok tanda tangan.',
    selection: {
      title: 'Rentang dan saringan',
      description:
        'Unggahan mana yang ikut: rentang tanggal di zona kantor ({{zone}}), status, kanal, dan pilar konten.',
    },
    range: {
      legend: 'Rentang',
      month: 'Satu bulan',
      monthLabel: 'Bulan',
      custom: 'Rentang lain',
      from: 'Dari tanggal',
      to: 'Sampai tanggal',
      customHint: 'Kedua tanggal ikut; paling panjang {{max}} hari.',
      problems: {
        fromInvalid: 'Isi tanggal awal lengkap (hari, bulan, tahun).',
        toInvalid: 'Isi tanggal akhir lengkap (hari, bulan, tahun).',
        order: 'Tanggal akhir ada sebelum tanggal awal. Ubah salah satunya.',
        tooLong:
          'Rentang ini {{days}} hari, paling panjang {{max}} hari. Perpendek rentangnya atau ekspor dalam beberapa bagian.',
      },
    },
    statuses: {
      legend: 'Status',
      hint: 'Biasanya hanya yang sudah disetujui. Centang status lain untuk rancangan yang akan dibahas.',
      none: 'Pilih paling sedikit satu status.',
    },
    channels: {
      legend: 'Kanal',
      empty: 'Belum ada kanal.',
      inactive: '{{name}} (nonaktif)',
      none: 'Pilih paling sedikit satu kanal.',
    },
    campaigns: {
      legend: 'Pilar konten',
      hint: 'Bila ada yang tidak dicentang, unggahan tanpa pilar tidak ikut.',
      empty: 'Belum ada pilar konten; semua unggahan ikut.',
      archived: '{{name}} (diarsipkan)',
      none: 'Pilih paling sedikit satu pilar konten.',
    },
    format: {
      title: 'Format',
      legend: 'Format berkas',
      names: {
        pdf: 'PDF',
        xlsx: 'Excel (.xlsx)',
        csv: 'CSV',
        ics: 'Kalender (.ics)',
        json: 'JSON',
        bundle: 'Paket Linimasa (.linimasa)',
      },
      details: {
        pdf: 'Untuk dicetak dan ditandatangani: kalender bulan, tabel jadwal, dan blok tanda tangan, A4 mendatar.',
        xlsx: 'Satu baris per unggahan per kanal dengan lembar ringkasan, untuk diolah atau dikirim.',
        csv: 'Tabel teks untuk aplikasi penjadwal (Buffer, Sprout Social, Hootsuite) atau lembar kerja.',
        ics: 'Dibuka di Google Calendar, Outlook, atau Thunderbird: satu acara per unggahan per kanal.',
        json: 'Jadwal lengkap dengan versi skema, untuk sistem lain.',
        bundle:
          'Untuk memindahkan pekerjaan ke komputer lain: unggahan beserta kanal, pilar, orang, dan lampirannya.',
      },
      bundleAssets: 'Paket ini membawa {{assets}} aset ({{size}}).',
      includeAssets: 'Sertakan foto dan video lampiran',
      includeAssetsHint:
        'Tanpa centang, paket hanya membawa unggahan (teks, jadwal, kanal): lebih kecil, untuk komputer yang sudah punya fotonya.',
      preset: 'Tata letak CSV',
      presetSource: 'Sumber: {{source}}',
    },
    action: {
      export: 'Ekspor',
      title: 'Ekspor ({{shortcut}})',
      working: 'Mengekspor…',
      shortcut: 'Pintasan: {{shortcut}}.',
      actor: 'Dicatat di riwayat atas nama {{name}}.',
    },
    progress: {
      title: 'Mengekspor {{format}}',
      titleUnknown: 'Mengekspor',
      label: 'Kemajuan ekspor',
      rows: '{{done}} dari {{total}} baris',
      preparing: 'Menyiapkan jadwal…',
      cancel: 'Batalkan',
      close: 'Tutup',
      ready: 'Berkas siap: {{fileName}}',
      downloadAgain: 'Unduh lagi',
      saveAgain: 'Simpan lagi…',
      downloaded: 'Unduhan dimulai; cari berkasnya di folder unduhan peramban.',
      saved: 'Tersimpan di {{path}}',
      saveCancelled: 'Penyimpanan dibatalkan. Berkas tetap bisa disimpan dari riwayat.',
      saveFailed: 'Berkas tidak dapat disimpan: {{message}}',
      cancelled: 'Ekspor dibatalkan. Tidak ada berkas yang dibuat.',
      failed: 'Ekspor gagal: {{message}}',
      unknownError: 'sebab tidak diketahui',
    },
    preview: {
      title: 'Pratinjau',
      loading: 'Menghitung…',
      counts: '{{posts}} unggahan · {{rows}} baris (unggahan × kanal)',
      byStatus: 'Per status',
      byChannel: 'Per kanal',
      tableLabel: 'Baris pertama ekspor',
      showing: 'Menampilkan {{shown}} baris pertama dari {{rows}}.',
      invalid: 'Perbaiki rentang atau saringan di atas untuk melihat pratinjau.',
      empty: 'Tidak ada unggahan yang cocok dengan rentang dan saringan ini.',
      emptyHintApproved:
        'Hanya unggahan berstatus Disetujui yang ikut. Untuk menyertakan rancangan yang belum disetujui, centang status lain.',
      emptyHint: 'Coba bulan lain, atau centang lebih banyak status, kanal, atau pilar.',
      includeAll: 'Sertakan semua status',
      none: '—',
    },
    bulk: {
      and: 'dan',
      title: 'Berkas per kanal',
      files: '{{n}} berkas, satu per kanal: alat penjadwal mengimpor satu berkas per profil.',
      split:
        '{{channel}}: {{tool}} menerima paling banyak {{limit}} baris per berkas, jadi unggahan kanal ini dibagi menjadi {{parts}} berkas. Unggah semua bagiannya.',
      tooClose:
        '{{channel}}: {{tool}} meminta jarak paling sedikit {{limit}} menit antarunggahan; {{posts}} terlalu berdekatan.',
      video: '{{channel}}: {{tool}} tidak menerima video; {{n}} unggahan berupa video: {{posts}}.',
      noText: '{{channel}}: {{tool}} memerlukan teks; {{n}} unggahan tanpa teks: {{posts}}.',
    },
    leftOut: {
      label: 'Unggahan yang tidak ikut',
      text: '{{n}} unggahan {{status}} pada rentang ini tidak ikut.',
      show: 'Sertakan juga',
    },
    history: {
      title: 'Riwayat ekspor',
      description:
        'Berkas yang diekspor di komputer ini, terbaru di atas. Sidik SHA-256 memastikan berkas yang beredar sama dengan yang dibuat di sini.',
      loading: 'Memuat riwayat…',
      empty: 'Belum ada ekspor. Berkas yang Anda ekspor tercatat di sini.',
      by: 'oleh {{name}}',
      nobody: '—',
      counts: '{{posts}} unggahan, {{rows}} baris',
      channels: 'Kanal: {{names}}',
      campaigns: 'Pilar: {{names}}',
      hash: 'SHA-256',
      copy: 'Salin SHA-256',
      copied: 'SHA-256 {{fileName}} disalin.',
      copyFailed:
        'Tidak dapat menyalin. Arahkan penunjuk ke kode untuk melihat SHA-256 lengkapnya.',
      download: 'Unduh',
      save: 'Simpan…',
      saved: 'Tersimpan di {{path}}',
      remove: 'Hapus salinan',
      removed: 'Salinan {{fileName}} dihapus; catatan riwayatnya tetap.',
      gone: 'Salinan sudah dihapus',
      confirmTitle: 'Hapus salinan berkas?',
      confirmBody:
        '{{fileName}} dihapus dari folder exports/ di komputer ini. Catatan riwayat dan SHA-256-nya tetap ada; berkas yang sudah diunduh atau dikirim tidak terpengaruh.',
      confirm: 'Hapus salinan',
    },
  },
  bundleImport: {
    adminOnly:
      'Paket dari kantor lain diimpor oleh administrator kantor ini. Serahkan berkas paketnya kepada administrator.',
    // <exchange>
    differences: {
      heading: 'Yang berbeda',
      field: 'Bagian',
      none: 'Isi kedua versi sama; hanya riwayat pertukarannya yang berbeda.',
      fields: {
        title: 'Judul',
        time: 'Waktu tayang',
        status: 'Status',
        channels: 'Kanal',
        caption: 'Caption utama',
        channelCaption: 'Caption {{channel}}',
        hashtags: 'Tagar',
        assets: 'Lampiran',
        brief: 'Brief / catatan',
        firstComment: 'Komentar pertama',
        link: 'Tautan',
        tags: 'Label',
        campaign: 'Pilar konten',
        assignee: 'PIC',
        approver: 'Disetujui oleh',
        permalink: 'Tautan unggahan',
      },
      empty: '(kosong)',
      noOverride: 'Mengikuti caption utama',
      noneChosen: 'Tidak ada',
      senderTime: '{{time}} di kantor pengirim',
      unknown: 'Tidak dikenal ({{id}})',
    },
    zone: {
      label: 'Zona waktu pengirim',
      differs:
        'Kantor pengirim memakai {{theirs}}, komputer ini {{ours}}. Waktu tayang ditampilkan dalam zona komputer ini dan, bila berbeda, juga dalam zona pengirim.',
      unknown: 'Tidak tercatat (paket dari versi Linimasa sebelumnya)',
    },
    settledBefore:
      '{{n}} unggahan pernah bentrok dengan versi yang sama dan sudah diputuskan; keputusan itu dipakai lagi tanpa bertanya.',
    // </exchange>
    title: 'Impor paket (.linimasa)',
    description:
      'Bawa unggahan, kanal, pilar, dan foto dari komputer lain. Anda melihat semua yang akan berubah sebelum apa pun diubah.',
    choose: 'Pilih berkas paket…',
    fileLabel: 'Berkas paket .linimasa',
    dropHint: 'Atau seret berkas .linimasa ke kotak ini.',
    dropHere: 'Lepaskan untuk memeriksa paket',
    oneFile: 'Seret satu berkas paket saja.',
    notBundle: '{{name}} bukan paket Linimasa. Pilih berkas yang berakhiran .linimasa.',
    cancelled: 'Dibatalkan. Tidak ada yang berubah di komputer ini.',
    importCancelled: 'Impor dibatalkan. Tidak ada yang berubah; pilihan Anda tetap ada.',
    progress: {
      label: 'Kemajuan impor paket',
      uploading: 'Mengunggah {{name}}',
      checking: 'Memeriksa {{name}}',
      importing: 'Mengimpor {{name}}',
      importingUnknown: 'Mengimpor paket',
      bytes: '{{done}} dari {{total}}',
      posts: 'Menyimpan {{done}} dari {{total}} unggahan',
      preparing: 'Menyiapkan…',
      withPhase: '{{phase}} · {{amount}}',
      phases: {
        verify: 'Memeriksa berkas paket',
        assets: 'Menambahkan aset ke pustaka',
        save: 'Menyimpan unggahan',
      },
      cancel: 'Batalkan',
    },
    failed: {
      upload: 'Paket tidak dapat diunggah',
      check: 'Paket ini tidak dapat diimpor',
      import: 'Impor gagal',
      nothingChanged: 'Tidak ada yang berubah di komputer ini.',
      unknown: 'sebab tidak diketahui',
      network:
        'Sambungan ke Linimasa terputus saat mengunggah. Pastikan Linimasa masih berjalan, lalu coba lagi.',
      refused: 'Linimasa menolak unggahan ini (HTTP {{status}}).',
      chooseOther: 'Pilih berkas lain',
      checkAgain: 'Periksa ulang',
      close: 'Tutup',
    },
    plan: {
      heading: 'Hasil pemeriksaan {{name}}',
      headingUnknown: 'Hasil pemeriksaan',
      from: 'Dari',
      created: 'Dibuat',
      createdValue: '{{date}} · Linimasa {{version}}',
      period: 'Rentang',
      size: 'Ukuran',
      fromHere:
        'Paket ini dibuat di komputer ini. Mengimpornya kembali tidak menambah apa pun yang baru.',
      countsLabel: 'Ringkasan unggahan',
      kinds: {
        new: 'Baru',
        updated: 'Diperbarui',
        conflict: 'Konflik',
        unchanged: 'Sama',
      },
      kindHelp: {
        new: 'belum ada di sini',
        updated: 'hanya diubah di sana; versi paket dipakai',
        conflict: 'diubah di kedua komputer; Anda memilih',
        unchanged: 'sudah sama, atau hanya diubah di sini; tidak disentuh',
      },
      assets: 'Aset',
      assetsNew: '{{n}} disalin ke pustaka ({{size}})',
      assetsPresent: '{{n}} sudah ada di pustaka',
      assetsMissing:
        '{{n}} tidak ikut dalam paket dan tidak ada di sini; unggahannya diimpor tanpa lampiran itu',
      assetsNone: 'Tidak ada aset yang dilampirkan.',
      postsOnly: 'Paket ini hanya membawa unggahan, tanpa berkas aset.',
      create: 'Akan dibuat di komputer ini',
      channels: 'Kanal',
      campaigns: 'Pilar konten',
      people: 'Orang',
      createNone: 'Tidak ada kanal, pilar, atau orang baru.',
      notices: 'Catatan',
    },
    conflicts: {
      heading: 'Konflik: pilih versi yang dipakai ({{n}})',
      intro:
        'Unggahan ini diubah di komputer ini dan di komputer asal paket sejak terakhir sama. Tidak ada yang ditimpa tanpa pilihan Anda.',
      all: 'Pilih untuk semua konflik',
      allMine: 'Semua: pertahankan milik saya',
      allTheirs: 'Semua: ambil dari paket',
      allBoth: 'Semua: simpan keduanya',
      here: 'Di komputer ini',
      there: 'Di paket',
      edited: 'Terakhir diubah: di komputer ini {{here}} · di paket {{there}}',
      noTime: 'Belum dijadwalkan (ide)',
      inTrash: 'Ada di tempat sampah',
      choices: {
        keep_mine: 'Pertahankan milik saya',
        take_theirs: 'Ambil dari paket',
        keep_both: 'Simpan keduanya',
      },
      details: {
        keep_mine: 'Versi di komputer ini tetap; versi paket diabaikan.',
        take_theirs: 'Versi paket menggantikan versi di komputer ini.',
        keep_both: 'Versi paket ditambahkan sebagai unggahan terpisah di samping milik Anda.',
      },
    },
    posts: {
      filter: 'Tampilkan',
      all: 'Semua ({{n}})',
      kind: '{{kind}} ({{n}})',
      tableLabel: 'Unggahan dalam paket',
      title: 'Judul',
      time: 'Waktu tayang',
      status: 'Status',
      outcome: 'Saat diimpor',
      noTime: 'Ide (tanpa waktu)',
      unresolved: 'Konflik — belum dipilih',
      resolved: 'Konflik — {{choice}}',
      more: 'Tampilkan {{n}} lagi',
      showing: 'Menampilkan {{shown}} dari {{total}} unggahan.',
    },
    action: {
      import: 'Impor',
      cancel: 'Batal',
      remaining: 'Masih {{n}} konflik belum dipilih.',
      ready: 'Semua konflik sudah dipilih.',
      nothing: 'Tidak ada yang perlu diimpor: isi paket ini sudah ada di sini.',
      actor: 'Dicatat di log aktivitas atas nama {{name}}.',
    },
    summary: {
      title: 'Impor selesai',
      parts: {
        created: '{{n}} unggahan baru',
        updated: '{{n}} diperbarui',
        keptBoth: '{{n}} disimpan keduanya',
        keptMine: '{{n}} tetap milik Anda',
        unchanged: '{{n}} sudah sama',
        assetsImported: '{{n}} aset disalin',
        assetsReused: '{{n}} aset sudah ada',
        assetsMissing: '{{n}} aset tidak tersedia',
        createdChannels: '{{n}} kanal baru',
        createdCampaigns: '{{n}} pilar baru',
        createdPeople: '{{n}} orang baru',
      },
      sentence: '{{parts}}.',
      nothing: 'Tidak ada yang berubah: isi paket ini sudah ada di sini.',
      openCalendar: 'Buka kalender',
      another: 'Impor paket lain',
    },
  },
  backup: {
    title: 'Cadangan data',
    description:
      'Salinan basis data di folder backups/. Linimasa mencadangkan otomatis sekali sehari saat dibuka.',
    keepForm: 'Jumlah cadangan yang disimpan',
    keep: 'Simpan cadangan terakhir',
    keepHint: 'Cadangan otomatis dan manual yang lebih lama dihapus (1–365).',
    now: 'Cadangkan sekarang',
    working: 'Mencadangkan…',
    created: 'Cadangan dibuat: {{name}}',
    check: 'Periksa keutuhan data',
    checking: 'Memeriksa…',
    checkOk: 'Data utuh: pemeriksaan keutuhan tidak menemukan masalah.',
    checkProblems: 'Basis data bermasalah: {{problems}}. Pulihkan dari cadangan terbaru.',
    listTitle: 'Daftar cadangan',
    loading: 'Memuat daftar cadangan…',
    empty: 'Belum ada cadangan. Klik "Cadangkan sekarang" untuk membuat yang pertama.',
    reasons: {
      auto: 'Otomatis',
      manual: 'Manual',
      'before-restore': 'Sebelum pemulihan',
      'before-migration': 'Sebelum pembaruan',
    },
    restoreHint:
      'Memulihkan mengembalikan kalender ke keadaan saat cadangan dibuat. Keadaan sekarang dicadangkan lebih dulu ("Sebelum pemulihan"), jadi pemulihan bisa dibatalkan dengan memulihkan cadangan itu.',
    restore: 'Pulihkan',
    restoreLabel: 'Pulihkan cadangan {{date}}',
    restoreTitle: 'Pulihkan cadangan ini?',
    restoreBody:
      'Kalender, pengaturan, dan riwayat akan kembali ke keadaan {{date}}. Perubahan sesudahnya tidak ikut, tetapi keadaan sekarang disimpan dulu sebagai cadangan "Sebelum pemulihan". Aset yang diimpor sesudahnya tetap ada di pustaka.',
    restoreConfirm: 'Ya, pulihkan',
    restoring: 'Memulihkan…',
    restored:
      'Data dipulihkan dari cadangan {{name}}. Keadaan sebelumnya disimpan sebagai {{safety}}.',
  },
  dataLocation: {
    title: 'Lokasi data',
    description: 'Folder tempat basis data, foto, video, dan cadangan disimpan di komputer ini.',
    loading: 'Memuat lokasi data…',
    current: 'Folder sekarang',
    suggested: 'Folder yang disarankan',
    move: 'Pindahkan ke folder lain…',
    hint: 'Pilih folder kosong di disk komputer ini (bukan folder jaringan). Linimasa ditutup, menyalin dan memeriksa semua berkas, lalu dibuka kembali; folder lama disimpan sampai Anda menghapusnya.',
    fixed:
      'Lokasi ini ditentukan oleh --data-dir atau LINIMASA_DATA_DIR saat aplikasi dijalankan; ubah di sana.',
    restarting: 'Linimasa ditutup dan memindahkan data ke {{to}}…',
    browser:
      'Di peramban, lokasi data diatur oleh host. Untuk memindahkannya, hentikan host lalu jalankan:',
  },
  // <setup> First-run guide (features/setup/).
  setup: {
    title: 'Selamat datang: siapkan kantor Anda',
    intro: 'Lima langkah singkat agar jadwal siap dipakai. Semua dapat diubah nanti di Pengaturan.',
    stepsLabel: 'Langkah panduan',
    steps: {
      office: 'Kantor',
      zone: 'Zona waktu',
      signer: 'Penanda tangan',
      channels: 'Kanal',
      people: 'Orang',
    },
    stepHeading: 'Langkah {{n}} dari {{total}}: {{name}}',
    zoneHint: 'Jam unggahan dihitung di zona ini. Zona lain dapat dipilih di Pengaturan.',
    channelsHint:
      'Akun media sosial atau situs web tempat kantor mengunggah. Tambahkan satu atau lebih.',
    peopleHint: 'Perencana menyusun jadwal, penyetuju menyetujuinya.',
    addedChannels: 'Kanal yang sudah ditambahkan',
    addedPeople: 'Orang yang sudah ditambahkan',
    noneYet: 'Belum ada. Langkah ini boleh dilewati.',
    skip: 'Lewati panduan',
    back: 'Kembali',
    next: 'Simpan dan lanjut',
    finish: 'Selesai',
  },
  // </setup>
  settings: {
    title: 'Pengaturan',
    intro:
      'Profil kantor, zona waktu, orang, kanal, dan pilar konten. Semua tersimpan di komputer ini.',
    // <settings-sections>
    sectionsLabel: 'Bagian pengaturan',
    adminOnly:
      'Bagian ini hanya dapat diubah oleh administrator kantor. Minta administrator bila ada yang perlu diganti.',
    unsaved: {
      title: 'Perubahan belum disimpan',
      body: 'Perubahan di bagian “{{section}}” belum disimpan. Tinggalkan bagian ini tanpa menyimpan?',
      leave: 'Tinggalkan tanpa menyimpan',
      stay: 'Tetap di sini',
    },
    // </settings-sections>
  },
  office: {
    title: 'Profil kantor',
    description: 'Nama instansi dan penanda tangan dicetak pada jadwal yang diekspor.',
    officeName: 'Nama instansi',
    officeNamePlaceholder: 'mis. Pemerintah Kabupaten Sleman',
    unitName: 'Unit/Bagian',
    unitNamePlaceholder: 'mis. Bagian Protokol dan Komunikasi Pimpinan',
    signerHeading: 'Penanda tangan',
    signerName: 'Nama penanda tangan',
    signerPosition: 'Jabatan penanda tangan',
    signerPositionPlaceholder: 'mis. Kepala Bagian Prokompim',
    signerNip: 'NIP penanda tangan',
    signerNipHint: 'Hanya angka; spasi boleh, mis. 19800101 200501 1 001.',
  },
  preferences: {
    title: 'Zona waktu dan tampilan',
    description: 'Jam unggahan di kalender dihitung dalam zona waktu kantor.',
    timeZone: 'Zona waktu',
    zoneWIB: 'WIB — Waktu Indonesia Barat',
    zoneWITA: 'WITA — Waktu Indonesia Tengah',
    zoneWIT: 'WIT — Waktu Indonesia Timur',
    zoneOther: 'Lainnya',
    otherZone: 'Nama zona waktu IANA',
    otherZoneHint: 'Contoh: Asia/Pontianak, Asia/Singapore, Europe/Amsterdam.',
    invalidZone: 'Zona waktu "{{zone}}" tidak dikenal. Tulis nama IANA, misalnya Asia/Pontianak.',
    emptyZone: 'Tulis nama zona waktu, misalnya Asia/Pontianak.',
    language: 'Bahasa',
    weekStart: 'Awal pekan',
    monday: 'Senin',
    sunday: 'Minggu',
    saturday: 'Sabtu',
  },
  people: {
    title: 'Orang',
    description:
      'Perencana menyusun kalender, penyetuju (mis. Kasubag atau Kabag Humas) menyetujuinya, dan admin dapat melakukan keduanya.',
    empty: 'Belum ada orang. Tambahkan perencana dan penyetuju.',
    allInactive:
      'Tidak ada orang yang aktif. Centang “Tampilkan yang nonaktif” untuk mengaktifkan kembali.',
    listLabel: 'Daftar orang',
    addTitle: 'Tambah orang',
    add: 'Tambah orang',
    name: 'Nama',
    namePlaceholder: 'mis. Rina Wulandari',
    role: 'Peran',
    showInactive: 'Tampilkan yang nonaktif',
    editTitle: 'Ubah {{name}}',
    roles: {
      planner: 'Perencana',
      checker: 'Pemeriksa',
      approver: 'Penyetuju',
      admin: 'Admin',
    },
  },
  // <accounts> Settings › Orang (user names, sign-in standing, one-time passwords) and › Keamanan.
  accounts: {
    userName: 'Nama pengguna',
    userNameHint: 'Untuk masuk. Diusulkan dari nama; boleh diubah.',
    userNameOf: 'Nama pengguna: {{userName}}',
    you: 'Anda',
    standing: {
      canSignIn: 'Bisa masuk',
      mustChange: 'Harus mengganti kata sandi sekali pakai',
      noPassword: 'Belum punya kata sandi',
    },
    readOnly:
      'Hanya administrator yang dapat menambah orang, mengubah peran, dan membuat kata sandi sekali pakai.',
    oneTime: {
      action: 'Buat kata sandi sekali pakai',
      actionFor: 'Buat kata sandi sekali pakai untuk {{name}}',
      title: 'Kata sandi sekali pakai',
      intro:
        'Serahkan langsung kepada {{name}}. Masuk dengan nama pengguna “{{userName}}” dan kata sandi ini; saat masuk, kata sandi harus diganti dengan yang baru.',
      label: 'Kata sandi sekali pakai untuk {{name}}',
      shownOnce:
        'Kata sandi ini hanya ditampilkan sekarang dan tidak dapat dilihat lagi. Catat atau salin sebelum menutup.',
      sessionsEnded: 'Semua sesi {{name}} yang masih terbuka sudah diakhiri.',
      copy: 'Salin kata sandi',
      copied: 'Kata sandi tersalin.',
      copyFailed: 'Tidak dapat menyalin otomatis. Pilih kata sandinya lalu salin secara manual.',
      close: 'Tutup',
    },
    security: {
      title: 'Keamanan',
      description:
        'Penguncian layar otomatis dan log keamanan: siapa masuk, gagal masuk, keluar, serta perubahan kata sandi dan peran.',
      adminOnly: 'Bagian ini hanya untuk administrator.',
      idleLockTitle: 'Kunci layar otomatis',
      idleLock: 'Kunci setelah tidak dipakai (menit)',
      idleLockHint: 'Antara 1 dan 480 menit. Bawaan 30 menit.',
      idleLockInvalid: 'Isi bilangan bulat antara 1 dan 480.',
      logTitle: 'Log keamanan',
      logCaption: 'Log keamanan, terbaru di atas',
      logShown: 'Menampilkan {{count}} catatan terbaru. Ekspor CSV memuat semuanya.',
      logEmpty: 'Belum ada catatan.',
      columns: {
        time: 'Waktu',
        event: 'Peristiwa',
        person: 'Akun',
        actor: 'Oleh',
        client: 'Komputer/klien',
        detail: 'Keterangan',
      },
      exportCsv: 'Ekspor CSV',
      exported: 'Log keamanan diunduh sebagai {{file}}.',
      events: {
        sign_in: 'Masuk',
        sign_in_failed: 'Gagal masuk',
        locked: 'Dikunci sementara',
        sign_out: 'Keluar',
        idle_lock: 'Layar terkunci karena tidak dipakai',
        password_changed: 'Kata sandi diganti',
        password_reset: 'Kata sandi sekali pakai dibuat',
        password_set: 'Kata sandi ditetapkan',
        role_changed: 'Peran diubah',
        account_created: 'Akun dibuat',
        deactivated: 'Dinonaktifkan',
        session_ended: 'Sesi diakhiri oleh administrator',
      },
      client: {
        browser: 'Peramban {{address}}',
        window: 'Jendela aplikasi {{number}}',
      },
    },
  },
  // </accounts>
  channels: {
    title: 'Kanal',
    description: 'Akun media sosial dan situs web tempat konten kantor diunggah.',
    empty: 'Belum ada kanal. Tambahkan akun media sosial atau situs web instansi.',
    allInactive:
      'Tidak ada kanal yang aktif. Centang “Tampilkan yang nonaktif” untuk mengaktifkan kembali.',
    listLabel: 'Daftar kanal',
    addTitle: 'Tambah kanal',
    add: 'Tambah kanal',
    platform: 'Platform',
    name: 'Nama akun',
    namePlaceholder: 'mis. Humas Kabupaten Sleman',
    handle: 'Handle atau alamat',
    handlePlaceholder: 'mis. @humas.sleman',
    color: 'Warna kanal',
    colorHint: 'Bawaan mengikuti warna platform.',
    showInactive: 'Tampilkan yang nonaktif',
    editTitle: 'Ubah {{name}}',
    platforms: {
      instagram: 'Instagram',
      facebook: 'Facebook',
      x: 'X',
      tiktok: 'TikTok',
      youtube: 'YouTube',
      website: 'Situs web',
      linkedin: 'LinkedIn',
      threads: 'Threads',
    },
  },
  campaigns: {
    title: 'Pilar konten / kampanye',
    description:
      'Kelompokkan unggahan menurut tema, mis. “Layanan Publik” atau “Pariwisata”. Warnanya menandai unggahan di kalender.',
    empty: 'Belum ada pilar konten. Tambahkan tema seperti “Layanan Publik” atau “Pariwisata”.',
    allArchived:
      'Semua pilar konten diarsipkan. Centang “Tampilkan yang diarsipkan” untuk memulihkannya.',
    listLabel: 'Daftar pilar konten',
    addTitle: 'Tambah pilar konten',
    add: 'Tambah pilar',
    name: 'Nama pilar',
    namePlaceholder: 'mis. Layanan Publik',
    color: 'Warna pilar',
    notes: 'Keterangan',
    notesPlaceholder: 'Untuk apa pilar ini dipakai',
    showArchived: 'Tampilkan yang diarsipkan',
    editTitle: 'Ubah {{name}}',
  },
  // <review> The approver's review view (Tinjau).
  review: {
    heading: 'Tinjau unggahan',
    title: 'Tinjau: {{title}}',
    launch: 'Tinjau yang menunggu ({{count}})',
    open: 'Tinjau',
    position: 'Unggahan {{index}} dari {{count}} yang menunggu persetujuan',
    navLabel: 'Pindah antar-unggahan',
    previous: 'Sebelumnya (K)',
    next: 'Berikutnya (N)',
    close: 'Tutup',
    keys: 'Tombol N atau J: unggahan berikutnya; K: sebelumnya; Esc: tutup.',
    loading: 'Memuat unggahan…',
    missing: 'Unggahan ini tidak ditemukan; mungkin sudah dihapus.',
    scheduled: 'Tayang {{when}}',
    unscheduled: 'Belum dijadwalkan',
    decision: 'Keputusan',
    nothingToDecide: 'Tidak ada keputusan yang menunggu Anda untuk unggahan ini.',
    noChannels: 'Belum ada kanal: unggahan ini belum bisa tayang di mana pun.',
    unknownChannel: 'Kanal tidak dikenal',
    firstComment: 'Komentar pertama:',
    media: 'Media, sesuai urutan',
    mediaAlt: 'Media {{index}}: {{name}}',
    mediaNoPreview: 'Media {{index}} ({{name}}): pratinjau tidak tersedia.',
    done: {
      check: 'Diperiksa; kini menunggu persetujuan. Tekan N untuk unggahan berikutnya.',
      approve: 'Disetujui. Tekan N untuk unggahan berikutnya.',
      request_changes: 'Permintaan revisi terkirim. Tekan N untuk unggahan berikutnya.',
    },
  },
  // </review>
  // <editor-approval> Post editor, approval workflow and observance settings.
  approval: {
    statusLabel: 'Status',
    heading: 'Persetujuan',
    status: {
      draft: 'Draf',
      in_review: 'Menunggu persetujuan',
      changes_requested: 'Perlu revisi',
      approved: 'Disetujui',
      published: 'Terbit',
      cancelled: 'Dibatalkan',
    },
    actions: {
      submit: 'Ajukan',
      check: 'Tandai diperiksa',
      approve: 'Setujui',
      request_changes: 'Minta revisi',
      revise: 'Revisi',
      publish: 'Tandai terbit',
      cancel: 'Batalkan',
      reopen: 'Buka lagi',
    },
    actionsLabel: 'Tindakan persetujuan',
    noActions: 'Tidak ada tindakan persetujuan untuk peran Anda pada status ini.',
    signInFirst: 'Masuk dulu untuk mengajukan atau menyetujui.',
    saveFirst: 'Simpan perubahan dulu sebelum mengajukan atau menyetujui.',
    acknowledge: 'Saya sudah memeriksa peringatan',
    acknowledgeNeeded:
      'Masih ada peringatan platform. Periksa, lalu centang “Saya sudah memeriksa peringatan” untuk mengajukan.',
    requestChangesTitle: 'Minta revisi',
    comment: 'Apa yang perlu diperbaiki?',
    commentPlaceholder: 'mis. Ganti foto utama dan sebutkan jam layanan',
    commentRequired: 'Tulis apa yang perlu diperbaiki.',
    sendRequest: 'Kirim permintaan revisi',
    publishTitle: 'Tandai sudah terbit',
    permalink: 'Tautan unggahan',
    permalinkPlaceholder: 'https://…',
    publishedDate: 'Tanggal terbit',
    publishedTime: 'Jam terbit ({{zone}})',
    publishedAtHint: 'Kosongkan bila terbit sesuai jadwal.',
    confirmPublish: 'Simpan sebagai terbit',
    confirmCancel: 'Batalkan unggahan ini? Unggahan tetap tersimpan dan dapat dibuka lagi.',
    confirmCancelYes: 'Ya, batalkan unggahan',
    confirmCancelNo: 'Jangan batalkan',
    warningsOpen:
      'Ada {{count}} peringatan platform yang belum beres (lihat Pemeriksaan platform).',
    done: {
      submit: 'Diajukan untuk ditinjau.',
      check: 'Diperiksa; kini menunggu persetujuan.',
      approve: 'Disetujui.',
      request_changes: 'Permintaan revisi terkirim.',
      revise: 'Kembali ke draf untuk direvisi.',
      publish: 'Ditandai terbit.',
      cancel: 'Unggahan dibatalkan.',
      reopen: 'Unggahan dibuka lagi sebagai draf.',
    },
    forbidden: 'Tidak diizinkan: {{message}}',
    submittedBy: 'Diajukan oleh {{name}}',
    approvedBy: 'Disetujui oleh {{name}}, {{when}}',
    // <steps>
    checkedBy: 'Diperiksa oleh {{name}}, {{when}}',
    awaitingCheck: 'Menunggu pemeriksaan',
    awaitingApproval: 'Menunggu persetujuan',
    stepsLegend: 'Langkah persetujuan',
    stepsOne: 'Satu langkah: “Disetujui” oleh penyetuju',
    stepsTwo:
      'Dua langkah: “Diperiksa” oleh pemeriksa (mis. Kasubag), lalu “Disetujui” oleh penyetuju (mis. Kabag)',
    stepsHint:
      'Dengan dua langkah, unggahan baru dapat disetujui setelah diperiksa, dan pemeriksa serta penyetujunya dua orang berbeda.',
    // </steps>
    publishedOn: 'Terbit {{when}}',
    settingsTitle: 'Persetujuan',
    settingsDescription:
      'Siapa boleh menyetujui unggahan, dan jam bawaan untuk ide yang dijadwalkan.',
    allowSelfApproval: 'Izinkan menyetujui unggahan sendiri (kantor satu orang)',
    allowSelfApprovalHint:
      'Biasanya penyetuju tidak boleh menyetujui unggahan yang ia ajukan sendiri. Centang bila kantor hanya punya satu pengelola media sosial.',
    defaultPostTime: 'Jam unggah bawaan',
    defaultPostTimeHint:
      'Dipakai untuk unggahan baru dan ide yang ditarik ke sebuah tanggal, dalam zona waktu kantor.',
  },
  editor: {
    // <approval-undo> (change requests in front)
    changeRequest: {
      title: 'Perlu revisi — diminta oleh {{name}}, {{when}}:',
      hint: 'Perbaiki sesuai permintaan di atas, lalu pilih “Simpan & ajukan ulang”.',
    },
    resubmit: {
      button: 'Simpan & ajukan ulang',
      done: 'Tersimpan dan diajukan ulang untuk ditinjau.',
      warnings:
        'Tersimpan dan kembali ke Draf, tetapi belum diajukan: ada peringatan platform. Periksa peringatannya, centang “Saya sudah memeriksa peringatan”, lalu pilih Ajukan.',
    },
    // </approval-undo>
    newTitle: 'Unggahan baru',
    editTitle: 'Ubah unggahan',
    close: 'Tutup editor',
    closeShort: 'Tutup',
    loading: 'Memuat unggahan…',
    notFound: 'Unggahan ini tidak ditemukan; mungkin sudah dihapus.',
    title: 'Judul',
    titlePlaceholder: 'mis. Layanan KTP keliling di Kecamatan Depok',
    brief: 'Brief / catatan',
    briefPlaceholder: 'Tujuan, narasumber, bahan yang perlu disiapkan',
    caption: 'Caption utama',
    captionHint: 'Dipakai di semua kanal kecuali yang diberi caption khusus.',
    channels: 'Kanal',
    noChannels: 'Belum ada kanal aktif.',
    addChannels: 'Tambahkan kanal di Pengaturan',
    formatLabel: 'Format',
    formatOn: 'di {{channel}}',
    timeInvalid: 'Tulis jam 24 jam dengan format JJ:mm, mis. 09:00 atau 19.30.',
    formats: {
      feed: 'Foto feed',
      carousel: 'Carousel',
      reel: 'Reel',
      story: 'Story',
      post: 'Postingan',
      photo: 'Foto',
      video: 'Video',
      short: 'Shorts',
      article: 'Artikel',
    },
    ownCaption: 'Caption khusus untuk {{channel}}',
    captionOverride: 'Caption {{channel}}',
    link: 'Tautan',
    linkPlaceholder: 'https://…',
    firstComment: 'Komentar pertama',
    hashtags: 'Tagar',
    hashtagsHint: 'Ketik lalu tekan Enter atau koma. Tagar yang ditulis di caption ikut dihitung.',
    addHashtag: 'Tambah tagar',
    invalidHashtag:
      'Tagar hanya berisi huruf, angka, dan garis bawah, tanpa spasi; mis. #HariPahlawan.',
    invalidTag: 'Label tidak boleh kosong.',
    makeIdea: 'Jadikan ide (tanpa tanggal)',
    removeChip: 'Hapus {{value}}',
    inCaption: 'Tagar di caption: {{tags}}',
    tags: 'Label',
    tagsHint: 'Label internal untuk menyaring, mis. “dukcapil”. Tekan Enter untuk menambah.',
    addTag: 'Tambah label',
    campaign: 'Pilar konten',
    noCampaign: 'Tanpa pilar',
    assignee: 'PIC',
    noAssignee: 'Belum ditentukan',
    when: 'Jadwal',
    date: 'Tanggal',
    time: 'Jam ({{zone}})',
    dateHint: 'Kosongkan tanggal untuk menyimpannya sebagai ide (belum dijadwalkan).',
    idea: 'Ide — belum dijadwalkan',
    save: 'Simpan',
    saveShortcut: 'Ctrl+S',
    cancel: 'Batal',
    delete: 'Hapus',
    deleted: '“{{title}}” dipindahkan ke sampah.',
    created: 'Unggahan dibuat.',
    saved: 'Tersimpan',
    discardConfirm: 'Buang perubahan yang belum disimpan?',
    discard: 'Buang perubahan',
    keepEditing: 'Lanjut mengubah',
    titleRequired: 'Judul wajib diisi.',
    conflict: 'Unggahan ini sudah diubah orang lain.',
    conflictBody:
      'Perubahan Anda belum tersimpan. Muat ulang untuk melihat versi terbaru, lalu ulangi perubahan Anda.',
    reload: 'Muat ulang',
    returnedToDraft:
      'Unggahan kembali ke draf karena isinya berubah setelah diajukan/disetujui. Ajukan lagi bila sudah siap.',
    signInFirst: 'Anda tidak sedang masuk. Masuk lagi agar perubahan tercatat atas nama Anda.',
    readOnly:
      'Unggahan yang sudah terbit atau dibatalkan tidak dapat diubah. Buka lagi untuk mengubah.',
    limits: {
      heading: 'Pemeriksaan platform',
      none: 'Tidak ada peringatan.',
      count: '{{count}} peringatan',
      countersLabel: 'Penghitung {{channel}}',
      counter: '{{actual}} / {{limit}}',
      over: 'melebihi batas',
      kinds: {
        caption_length: 'Teks',
        title_length: 'Judul',
        hashtag_count: 'Tagar',
        media_count: 'Media',
      },
      units: {
        characters: 'karakter',
        bytes: 'byte',
        hashtags: 'tagar',
        media: 'media',
      },
      warnings: {
        caption_length: '{{channel}}: teks {{actual}} {{unit}}, melebihi batas {{limit}} {{unit}}.',
        title_length: '{{channel}}: judul {{actual}} {{unit}}, melebihi batas {{limit}} {{unit}}.',
        hashtag_count: '{{channel}}: {{actual}} tagar, padahal batasnya {{limit}}.',
        media_count: '{{channel}}: {{actual}} media, padahal batasnya {{limit}}.',
      },
      source: 'Sumber: {{source}}',
      noChannel: 'Pilih kanal untuk melihat batas karakter tiap platform.',
    },
    repeat: {
      legend: 'Ulangi',
      none: 'Tidak diulang',
      weekly: 'Setiap pekan',
      monthly: 'Setiap bulan',
      daily: 'Setiap beberapa hari',
      weekdays: 'Pada hari',
      dayOfMonth: 'Pada tanggal',
      interval: 'Setiap berapa hari',
      endLegend: 'Berakhir',
      endUntil: 'Pada tanggal',
      endCount: 'Setelah beberapa kali',
      until: 'Tanggal terakhir',
      count: 'Jumlah unggahan',
      needsDate: 'Isi tanggal mulai untuk membuat seri berulang.',
      preview: 'Membuat {{count}} unggahan: {{dates}}',
      previewMore: '{{dates}}, dan {{rest}} lainnya',
      created: '{{count}} unggahan dibuat dalam satu seri.',
      createSeries: 'Buat seri',
    },
    series: {
      member: 'Bagian dari seri berulang.',
      scope: 'Simpan perubahan untuk',
      onlyThis: 'Ubah hanya unggahan ini',
      wholeSeries: 'Ubah seluruh seri',
      wholeSeriesHint:
        'Judul, caption, kanal, dan isi lain diterapkan ke semua unggahan seri yang belum terbit atau dibatalkan. Jadwal tiap unggahan tidak berubah.',
      updated: '{{updated}} unggahan dalam seri diperbarui; {{returned}} kembali ke draf.',
      delete: 'Hapus seluruh seri',
      deleteConfirm:
        'Pindahkan semua unggahan seri yang belum terbit ke sampah? Anda dapat memulihkannya satu per satu dari Sampah.',
      deleted: '{{count}} unggahan seri dipindahkan ke sampah.',
    },
    activity: {
      heading: 'Riwayat',
      empty: 'Belum ada riwayat.',
      someone: 'Seseorang',
      changed: 'Diubah: {{fields}}',
      fromTo: '{{from}} → {{to}}',
      schedule: 'Jadwal: {{from}} → {{to}}',
      actions: {
        create: 'membuat unggahan',
        edit: 'mengubah unggahan',
        move: 'memindahkan jadwal',
        returned_to_draft: 'unggahan kembali ke draf',
        delete: 'memindahkan ke sampah',
        restore: 'memulihkan dari sampah',
        submit: 'mengajukan untuk ditinjau',
        check: 'memeriksa',
        approve: 'menyetujui',
        request_changes: 'meminta revisi',
        revise: 'merevisi (kembali ke draf)',
        publish: 'menandai terbit',
        cancel: 'membatalkan',
        reopen: 'membuka lagi',
        unpublish: 'membatalkan tanda terbit',
        figures: 'mengisi angka kinerja',
        comment: 'menambahkan komentar',
      },
      fields: {
        title: 'judul',
        brief: 'brief',
        caption: 'caption',
        link: 'tautan',
        firstComment: 'komentar pertama',
        hashtags: 'tagar',
        tags: 'label',
        campaignId: 'pilar konten',
        assigneeId: 'PIC',
        channels: 'kanal',
        assetIds: 'aset',
        scheduledAt: 'jadwal',
        permalink: 'tautan unggahan',
      },
    },
    trash: {
      open: 'Sampah',
      title: 'Sampah',
      description: 'Unggahan yang dihapus. Pulihkan untuk mengembalikannya ke kalender.',
      empty: 'Sampah kosong.',
      restore: 'Pulihkan',
      restoreItem: 'Pulihkan {{title}}',
      restored: '“{{title}}” dipulihkan.',
      deletedAt: 'Dihapus {{when}}',
      scheduledFor: 'jadwal {{when}}',
      close: 'Tutup',
    },
  },
  observances: {
    title: 'Hari peringatan',
    description:
      'Hari nasional, hari lokal kantor, dan hari libur yang diimpor ditampilkan sebagai penanda di kalender.',
    sourcesLegend: 'Tampilkan di kalender',
    sources: {
      national: 'Hari nasional',
      holidays: 'Hari libur nasional',
      cutiBersama: 'Cuti bersama',
      local: 'Hari lokal kantor',
      imported: 'Hasil impor .ics',
    },
    sourceHints: {
      national:
        'Hari nasional dan internasional dengan dasar hukumnya, mis. Hari Kartini, Hari Bela Negara.',
      holidays:
        'Libur nasional 2026 dan 2027 menurut SKB Tiga Menteri. Tanggal hari raya yang belum pasti ditandai “perkiraan”.',
      cutiBersama:
        'Cuti bersama 2026 menurut SKB Tiga Menteri. Cuti bersama 2027 menunggu SKB-nya.',
      local: 'Hari yang ditambahkan kantor, mis. Hari Jadi Kabupaten.',
      imported: 'Hari libur bergerak (Idul Fitri, Nyepi, Waisak…) dari berkas kalender.',
    },
    localTitle: 'Hari lokal kantor',
    listLabel: 'Daftar hari lokal kantor',
    empty: 'Belum ada hari lokal. Tambahkan mis. Hari Jadi Kabupaten.',
    yearly: 'Setiap tahun, {{date}}',
    once: '{{date}}',
    deleteItem: 'Hapus {{name}}',
    delete: 'Hapus',
    addTitle: 'Tambah hari lokal',
    name: 'Nama hari',
    namePlaceholder: 'mis. Hari Jadi Kabupaten Sleman',
    repeatLegend: 'Berulang',
    repeatYearly: 'Setiap tahun',
    repeatOnce: 'Sekali, pada satu tanggal',
    month: 'Bulan',
    day: 'Tanggal',
    date: 'Tanggal',
    add: 'Tambah hari',
    importTitle: 'Impor hari libur dari berkas .ics',
    importHint:
      'Mis. kalender hari libur nasional dan cuti bersama dari SKB Tiga Menteri. Hanya acara sepanjang hari yang diimpor; mengimpor lagi dengan nama yang sama menggantikan isinya.',
    file: 'Berkas kalender (.ics)',
    chooseFile: 'Pilih berkas…',
    noFileChosen: 'Belum ada berkas dipilih',
    label: 'Nama sumber',
    labelPlaceholder: 'mis. Libur nasional 2027',
    import: 'Impor',
    importing: 'Mengimpor…',
    imported: '{{imported}} hari diimpor, {{skipped}} dilewati.',
    noFile: 'Pilih berkas .ics terlebih dahulu.',
    readFailed: 'Berkas tidak dapat dibaca.',
    importedListLabel: 'Hari yang diimpor',
    importedGroup: '{{label}} — {{count}} hari',
    deleteGroup: 'Hapus semua dari {{label}}',
    months: {
      '1': 'Januari',
      '2': 'Februari',
      '3': 'Maret',
      '4': 'April',
      '5': 'Mei',
      '6': 'Juni',
      '7': 'Juli',
      '8': 'Agustus',
      '9': 'September',
      '10': 'Oktober',
      '11': 'November',
      '12': 'Desember',
    },
  },
  // </editor-approval>
  // <dateInput> The day fields typed as dd/mm/yyyy.
  dateInput: {
    placeholder: 'hh/bb/tttt',
    format: 'Tulis tanggal sebagai hari/bulan/tahun, mis. 01/12/2026.',
    invalid: 'Tanggal itu tidak ada di kalender; periksa hari dan bulannya.',
  },
  // </dateInput>
  // <documentExport> A document made in the app (Laporan, Rekap provinsi): PDF and XLSX buttons.
  documentExport: {
    export: { pdf: 'Ekspor PDF', xlsx: 'Ekspor XLSX' },
    download: { pdf: 'Unduh PDF', xlsx: 'Unduh XLSX' },
    working: 'Menyiapkan berkas…',
    done: 'Berkas {{name}} siap dan tercatat di riwayat Ekspor.',
  },
  // </documentExport>
  // <attachments> Attaching library assets to posts: the editor's Aset section, its picker,
  // dropped uploads, platform-fit warnings for media and the chips' thumbnails.
  attachments: {
    heading: 'Aset',
    hint: 'Urutan di sini adalah urutan slide carousel. Seret foto atau video dari komputer ke bagian ini untuk mengunggah dan melampirkannya.',
    none: 'Belum ada aset terlampir.',
    add: 'Tambah dari pustaka',
    listLabel: 'Aset terlampir',
    count: '{{count}} aset',
    position: 'Urutan {{position}}',
    moveUp: 'Naikkan {{name}}',
    moveDown: 'Turunkan {{name}}',
    remove: 'Lepas {{name}}',
    dragHandle: 'Seret untuk mengubah urutan',
    moved: '{{name}} sekarang di urutan {{position}} dari {{count}}.',
    removed: '{{name}} dilepas dari unggahan.',
    added: '{{count}} aset dilampirkan.',
    loading: 'Memuat keterangan aset…',
    unavailable: 'Aset ini tidak ada lagi di pustaka',
    tooMany: 'Satu unggahan paling banyak memuat {{max}} aset.',
    kinds: {
      image: 'Gambar',
      video: 'Video',
      document: 'Dokumen',
      audio: 'Audio',
      other: 'Berkas lain',
    },
    status: {
      missing: 'Berkas hilang dari folder data',
      corrupt: 'Berkas rusak',
    },
    pages: '{{count}} halaman',
    dimensions: '{{width}} × {{height}} px',
    drop: {
      target: 'Lepaskan untuk mengunggah ke pustaka dan melampirkan',
      uploading: 'Mengunggah {{name}} ({{done}} dari {{total}})…',
      done: '{{count}} berkas diunggah dan dilampirkan.',
      duplicate: '{{name}} sudah ada di pustaka; yang ada yang dilampirkan.',
      failed: '{{name}} tidak dapat diunggah: {{reason}}',
      network:
        'Linimasa tidak dapat dihubungi saat mengunggah. Pastikan Linimasa masih berjalan, lalu coba lagi.',
      refused: 'Unggahan ditolak (HTTP {{status}}).',
    },
    picker: {
      title: 'Pilih aset dari pustaka',
      close: 'Tutup pemilih aset',
      search: 'Cari aset',
      searchPlaceholder: 'Nama berkas, judul, keterangan atau tag',
      kind: 'Jenis',
      allKinds: 'Semua jenis',
      results: 'Hasil pencarian aset',
      total: '{{total}} aset ditemukan',
      loading: 'Memuat aset…',
      empty: 'Tidak ada aset yang cocok.',
      emptyLibrary:
        'Pustaka aset masih kosong. Impor berkas di Pustaka Aset, atau seret berkas dari komputer ke bagian Aset di editor.',
      loadMore: 'Muat lebih banyak',
      attached: 'Sudah terlampir',
      unusable: 'Tidak dapat dipakai: {{status}}',
      selected: '{{count}} dipilih',
      overRoom: 'Terlalu banyak: unggahan ini masih bisa menambah {{count}} aset.',
      confirm: 'Lampirkan',
      cancel: 'Batal',
    },
    fit: {
      mediaCount:
        '{{channel}}: paling banyak {{limit}} {{noun}}; unggahan ini melampirkan {{actual}}.',
      imageBytes: '{{channel}}: gambar paling besar {{limit}}; {{items}} lebih besar.',
      imageMinWidth: '{{channel}}: lebar gambar minimal {{limit}}; {{items}} lebih sempit.',
      imageMaxWidth: '{{channel}}: lebar gambar maksimal {{limit}}; {{items}} lebih lebar.',
      imageMaxSide:
        '{{channel}}: sisi terpanjang gambar maksimal {{limit}}; {{items}} lebih besar.',
      imageFormat: '{{channel}}: gambar harus berformat {{allowed}}; {{items}} tidak.',
      imageAspect: '{{channel}}: rasio gambar harus {{range}}; {{items}} di luar itu.',
      videoMinSeconds: '{{channel}}: video minimal {{limit}}; {{items}} lebih pendek.',
      videoMaxSeconds: '{{channel}}: video paling lama {{limit}}; {{items}} lebih panjang.',
      videoBytes: '{{channel}}: video paling besar {{limit}}; {{items}} lebih besar.',
      videoFormat: '{{channel}}: video harus berformat {{allowed}}; {{items}} tidak.',
      videoAspect: '{{channel}}: rasio video harus {{range}}; {{items}} di luar itu.',
      videoRatio: '{{channel}}: rasio video harus {{allowed}}; {{items}} tidak.',
      documentPages: '{{channel}}: dokumen paling banyak {{limit}}; {{items}} lebih banyak.',
      nouns: {
        image: 'gambar',
        video: 'video',
        media: 'media',
        document: 'dokumen',
        audio: 'audio',
        other: 'berkas lain',
      },
      mediaKind: '{{channel}}: format ini hanya memuat {{allowed}}; {{items}} bukan.',
      pixels: '{{value}} px',
      pages: '{{value}} halaman',
      atLeast: 'minimal {{value}}',
      atMost: 'maksimal {{value}}',
    },
    chip: {
      one: '1 aset',
      several: '{{count}} aset',
    },
  },
  // </attachments>
  // <exportFile> Labels printed inside exported files (PDF, Excel, CSV, calendar).
  exportFile: {
    scheduleTitle: 'Jadwal Konten Media Sosial',
    period: 'Periode',
    generatedAt: 'Dibuat',
    legend: 'Kanal',
    observances: 'Hari penting',
    scheduleTable: 'Rincian jadwal',
    page: 'Halaman {{page}} dari {{pages}}',
    noPosts: 'Tidak ada unggahan pada rentang ini.',
    moreInDay: '+{{count}} lainnya',
    columns: {
      date: 'Tanggal',
      day: 'Hari',
      time: 'Jam',
      zone: 'Zona',
      channel: 'Kanal',
      platform: 'Platform',
      format: 'Format',
      title: 'Judul',
      caption: 'Keterangan',
      hashtags: 'Tagar',
      link: 'Tautan',
      campaign: 'Pilar konten',
      pic: 'PIC',
      status: 'Status',
      approver: 'Disetujui oleh',
      approvedAt: 'Waktu persetujuan',
      // <steps>
      checker: 'Diperiksa oleh',
      checkedAt: 'Waktu pemeriksaan',
      approvalRecord: 'Kesesuaian isi',
      recordMatches: 'Sesuai yang disetujui',
      recordChanged: 'ISI BERUBAH setelah disetujui',
      // </steps>
      assets: 'Lampiran',
      postId: 'ID unggahan',
    },
    summary: {
      sheet: 'Ringkasan',
      byChannel: 'Per kanal',
      byCampaign: 'Per pilar konten',
      byStatus: 'Per status',
      count: 'Jumlah',
      total: 'Total',
      noCampaign: '(tanpa pilar)',
    },
    scheduleSheet: 'Jadwal',
    signature: {
      acknowledged: 'Mengetahui / Menyetujui',
      nip: 'NIP',
      placeDate: '{{place}}, {{date}}',
    },
  },
  // </exportFile>
  // <printDocument> The printed schedule (PDF): letterhead, signers, summary; Settings "Dokumen cetak".
  printDocument: {
    title: 'Dokumen cetak',
    description:
      'Kop surat, tempat penandatanganan dan penanda tangan pada jadwal PDF yang akan ditandatangani.',
    letterheadHeading: 'Kop surat',
    letterheadLines: 'Baris kop surat',
    letterheadHint:
      'Satu baris per baris kop, paling banyak 5. Mis. PEMERINTAH KABUPATEN GOWA / SEKRETARIAT DAERAH / alamat.',
    logo: 'Logo (lambang daerah)',
    logoHint: 'Berkas PNG atau JPEG, paling besar 2 MB. Disimpan di folder data Linimasa.',
    logoChoose: 'Pilih logo…',
    logoRemove: 'Hapus logo',
    logoNone: 'Belum ada logo.',
    logoSaved: 'Logo disimpan.',
    logoInvalid: 'Berkas ini bukan gambar PNG atau JPEG yang bisa dibaca.',
    logoTooLarge: 'Logo paling besar 2 MB.',
    place: 'Tempat penandatanganan',
    placeHint: 'Dicetak di depan tanggal, mis. "Sungguminasa, 2 Desember 2026".',
    placePlaceholder: 'mis. Sungguminasa',
    signersHeading: 'Penanda tangan',
    signersHint:
      'Satu atau dua penanda tangan. Bila kosong, penanda tangan di Profil kantor yang dipakai.',
    signer: 'Penanda tangan {{number}}',
    signerRole: 'Sebutan',
    signerRolePlaceholder: 'mis. Diperiksa oleh',
    signerPosition: 'Jabatan',
    signerName: 'Nama (dengan gelar)',
    signerNip: 'NIP',
    addSigner: 'Tambah penanda tangan kedua',
    removeSigner: 'Hapus penanda tangan {{number}}',
    nipWarning: {
      length: 'NIP biasanya 18 angka.',
      birthDate: 'Angka 1–8 NIP seharusnya tanggal lahir (TTTTBBHH).',
      appointment: 'Angka 9–14 NIP seharusnya tahun dan bulan pengangkatan (TTTTBB).',
      sex: 'Angka ke-15 NIP seharusnya 1 atau 2.',
    },
    nipWillPrint: 'Dicetak: NIP {{nip}}',
    preview: 'Pratinjau halaman pertama dan blok tanda tangan',
    previewDate: '2 Desember 2026',
    // Printed in the PDF.
    checkedBy: 'Diperiksa oleh',
    approvedBy: 'Disetujui oleh',
    acknowledgedSingle: 'Mengetahui / Menyetujui',
    placeBlank: '....................',
    summaryTitle: 'Ringkasan',
    summaryByChannel: 'Unggahan per kanal',
    summaryByStatus: 'Unggahan per status',
    summaryTotal: 'Jumlah: {{posts}} unggahan, {{rows}} baris',
    attachments: 'Lampiran',
    attachmentCount: '{{count}} berkas',
    emojiMarker: '[emoji]',
    // <steps>
    recordedOn: 'tercatat {{date}}',
    recordedBy: 'tercatat: {{name}}, {{date}}',
    contentChanged: 'ISI BERUBAH SETELAH DISETUJUI',
    checkedShort: 'Diperiksa: {{name}}',
    // </steps>
  },
  // </printDocument>
  // <desktop> The desktop app's own windows: native dialogs, the menu, the data folder and its move.
  desktop: {
    menu: {
      file: 'Berkas',
      edit: 'Edit',
      view: 'Tampilan',
      help: 'Bantuan',
      about: 'Tentang Linimasa',
      hide: 'Sembunyikan Linimasa',
      hideOthers: 'Sembunyikan Lainnya',
      unhide: 'Tampilkan Semua',
      quitApp: 'Keluar dari Linimasa',
      quit: 'Keluar',
      closeWindow: 'Tutup Jendela',
      undo: 'Urungkan',
      redo: 'Ulangi',
      cut: 'Potong',
      copy: 'Salin',
      paste: 'Tempel',
      selectAll: 'Pilih Semua',
      reload: 'Muat Ulang',
      devTools: 'Alat Pengembang',
      resetZoom: 'Ukuran Normal',
      zoomIn: 'Perbesar',
      zoomOut: 'Perkecil',
      fullScreen: 'Layar Penuh',
    },
    pickers: {
      assetFiles: 'Impor berkas ke Pustaka Aset',
      assetFolders: 'Impor folder ke Pustaka Aset',
      bundle: 'Buka paket Linimasa',
      bundleFilter: 'Paket Linimasa',
      // <kinerjaUi>
      analytics: 'Pilih berkas ekspor data platform',
      analyticsFilter: 'Ekspor data platform (CSV, XLSX)',
      // </kinerjaUi>
    },
    saveExport: {
      title: 'Simpan ekspor',
      missing: 'Berkas ekspor tidak ditemukan. Ekspor ulang.',
      failed: 'Gagal menyimpan ke {{path}} ({{reason}}).',
    },
    dataLocation: {
      title: 'Lokasi data Linimasa',
      ok: 'OK',
      quit: 'Keluar',
      legacyQuestion: 'Pindahkan data Linimasa ke folder yang disarankan?',
      legacyDetail:
        'Data masih berada di folder lama:\n{{dir}}\n\nFolder yang disarankan, khusus untuk komputer ini:\n{{suggested}}\n\nDi Windows, folder lama ikut tersalin setiap kali masuk bila kantor memakai profil jelajah (roaming); foto dan video yang besar memperlambatnya. Semua berkas disalin lalu diperiksa; folder lama disimpan sampai Anda menghapusnya.',
      moveNow: 'Pindahkan sekarang',
      later: 'Nanti',
      stayHere: 'Jangan tanya lagi (tetap di folder lama)',
      missing: 'Folder data Linimasa tidak ditemukan.',
      missingDetail:
        '{{dir}}\n\nBila data ada di flashdisk atau disk lain, pasang dulu lalu pilih "Coba lagi". "Mulai kosong" membuat pustaka baru yang kosong di folder itu.',
      retry: 'Coba lagi',
      startEmpty: 'Mulai kosong di folder itu',
      firstRunQuestion: 'Di mana Linimasa menyimpan datanya?',
      firstRunDetail:
        'Folder yang disarankan:\n{{dir}}\n\nBasis data, foto, video, dan cadangan disimpan di sana. Pilih folder di disk komputer ini (bukan folder jaringan). Lokasi bisa diubah nanti di Pengaturan › Lokasi data.',
      useThis: 'Gunakan folder ini',
      pickOther: 'Pilih folder lain…',
      pickTitle: 'Pilih folder kosong untuk data Linimasa',
      pickExisting: 'Pilih folder data Linimasa yang sudah ada',
      networkFolder: 'Folder jaringan tidak bisa dipakai: basis data harus di disk komputer ini.',
      notEmpty: 'Folder itu sudah berisi berkas lain. Pilih atau buat folder baru yang kosong.',
      notAFolder: 'Itu berkas, bukan folder.',
      cannotOpen: 'Folder itu tidak dapat dibuka.',
      moving: 'Memindahkan data Linimasa…',
      movingDetail:
        'Dari {{from}}\nke {{to}}\n\nJangan matikan komputer. Jendela ini tertutup sendiri setelah selesai.',
      moved: 'Data Linimasa sudah dipindahkan.',
      movedDetail:
        'Lokasi baru: {{to}}\n\nBerkas lama disimpan di:\n{{oldFiles}}\nHapus folder itu setelah Anda yakin semuanya baik (lihat LIHAT-SAYA.txt di dalamnya).',
      notMoved: 'Data tidak dipindahkan.',
      moveFailed: 'Pemindahan gagal; data tetap di tempat semula.',
      fixedByFlag: 'Lokasi data ditentukan oleh --data-dir atau LINIMASA_DATA_DIR; ubah di sana.',
      confirmTitle: 'Pindahkan data',
      confirmQuestion: 'Pindahkan data Linimasa ke folder ini?',
      confirmDetail:
        '{{to}}\n\nLinimasa akan ditutup, menyalin dan memeriksa semua berkas, lalu dibuka kembali. Folder lama disimpan sampai Anda menghapusnya.',
      confirmMove: 'Pindahkan',
      cancel: 'Batal',
    },
    startup: {
      cannotOpen: 'Linimasa tidak dapat dibuka',
      knownReason: '{{reason}}\n\nFolder data: {{dir}}',
      unknownReason:
        'Data di folder berikut tidak dapat dibuka:\n{{dir}}\n\nTidak ada data yang diubah. Tutup aplikasi lain yang mungkin memakai folder ini, lalu coba lagi; bila berulang, kirim pesan ini ke admin.\n\nRincian: {{reason}}',
      backupOffer:
        'Cadangan terbaru: {{name}} ({{when}} UTC).\n\nMemulihkan tidak menghapus apa pun: basis data yang tidak bisa dibuka disisihkan ke folder backups, dan aset di pustaka tetap ada. Perubahan setelah cadangan itu dibuat tidak ikut.',
      restoreNewest: 'Pulihkan cadangan terbaru',
      startNew: 'Mulai basis data baru',
      quit: 'Keluar',
      restoredTitle: 'Data dipulihkan',
      restored: 'Linimasa dipulihkan dari {{name}} dan akan dibuka ulang.',
      setAside: 'Basis data lama disimpan di {{path}}.',
      restoreFailed: 'Pemulihan gagal',
      missingTitle: 'Basis data Linimasa tidak ditemukan',
      missingRestore:
        'Pulihkan cadangan terbaru: {{name}} ({{when}}); perubahan setelah cadangan itu tidak ikut.',
      missingNew:
        'Mulai basis data baru: kalender kosong; foto dan berkas yang ada di pustaka dimasukkan kembali, dalam koleksi "Dipulihkan …".',
    },
    // <officeConnect>
    officeConnect: {
      connect: 'Hubungkan ke kantor…',
      disconnect: 'Putuskan dari kantor',
      title: 'Komputer kantor',
      certificateRefused: 'Sertifikat komputer kantor tidak cocok dengan sidik jari yang disimpan.',
      certificateRefusedDetail:
        'Yang menjawab di {{origin}} bukan komputer kantor yang Anda hubungkan sebelumnya, atau sertifikatnya sudah diganti. Linimasa tidak tersambung, agar kata sandi dan data tidak terkirim ke komputer lain.\n\nSidik jari yang disimpan:\n{{fingerprint}}\n\nTanyakan ke admin apakah sertifikat kantor memang diganti; bila ya, putuskan lalu hubungkan lagi dengan sidik jari yang baru.',
      unreachable: 'Komputer kantor tidak dapat dihubungi.',
      unreachableDetail:
        'Alamat: {{origin}}\n\nPastikan komputer kantor menyala, Linimasa berjalan di sana, dan komputer ini tersambung ke jaringan kantor (kabel atau Wi-Fi yang sama).',
      retry: 'Coba lagi',
      quit: 'Keluar',
    },
    // </officeConnect>
  },
  // </desktop>
  // <zoneChange> Settings: the question asked when the office time zone changes with posts planned.
  zoneChange: {
    title: 'Ubah zona waktu kantor dari {{from}} ke {{to}}?',
    affected: 'Ada {{count}} unggahan terjadwal yang akan tampil pada jam lain.',
    notCounted: 'Unggahan di Sampah dan yang sudah terbit tidak ikut diubah.',
    choice: 'Apa yang dipertahankan?',
    keepLocalTime: 'Pertahankan jam lokal',
    keepLocalTimeDetail:
      'Setiap unggahan tetap pada tanggal dan jam yang sama, kini dalam {{to}}: {{before}} menjadi {{after}}. Status persetujuan tidak berubah.',
    keepInstant: 'Pertahankan saat tayang',
    keepInstantDetail:
      'Unggahan tetap tayang pada saat yang sama; jam yang tampil bergeser: {{before}} kini tampil {{after}}.',
    examples: 'Contoh unggahan',
    post: 'Unggahan',
    now: 'Sekarang',
    more: '… dan {{count}} unggahan lainnya.',
    logged: 'Perubahan ini dicatat di riwayat setiap unggahan yang terdampak.',
    confirm: 'Ubah zona waktu',
    cancel: 'Batal',
  },
  // </zoneChange>
  // <needsAction>
  actions: {
    title: 'Perlu tindakan',
    count: '{{count}} unggahan perlu tindakan Anda',
    signInFirst: 'Masuk dulu agar tindakan tercatat atas nama Anda.',
    signedOutTitle: 'Anda tidak sedang masuk',
    signedOutBody: 'Masuk lagi untuk melihat unggahan yang menunggu tindakan Anda.',
    intro: {
      planner:
        'Untuk {{name}}: unggahan Anda yang diminta revisi, draf yang segera tayang, dan yang sudah disetujui tetapi belum ditandai terbit.',
      checker:
        'Untuk {{name}}: unggahan yang menunggu pemeriksaan Anda (yang paling dekat jadwalnya di atas), lalu unggahan Anda sendiri.',
      approver:
        'Untuk {{name}}: unggahan yang menunggu persetujuan Anda (yang paling dekat jadwalnya di atas), lalu unggahan Anda sendiri.',
      admin:
        'Untuk {{name}}: unggahan yang menunggu persetujuan (yang paling dekat jadwalnya di atas), lalu unggahan Anda sendiri.',
    },
    dueWithin: 'Draf yang tayang dalam',
    days: 'hari',
    loading: 'Memuat daftar…',
    listLabel: 'Unggahan yang perlu tindakan',
    emptyTitle: 'Tidak ada yang menunggu Anda',
    emptyBody: {
      planner:
        'Semua beres. Di sini akan muncul unggahan Anda yang diminta revisi, draf yang tayang dalam {{days}} hari, dan unggahan disetujui yang sudah lewat jadwalnya tetapi belum ditandai terbit. Buat atau ajukan unggahan dari Kalender.',
      checker:
        'Semua beres. Di sini akan muncul unggahan yang diajukan untuk Anda periksa, serta unggahan Anda sendiri yang diminta revisi atau tayang dalam {{days}} hari. Lihat rencana bulan ini di Kalender.',
      approver:
        'Semua beres. Di sini akan muncul unggahan yang diajukan untuk Anda setujui, serta unggahan Anda sendiri yang diminta revisi atau tayang dalam {{days}} hari. Lihat rencana bulan ini di Kalender.',
      admin:
        'Semua beres. Di sini akan muncul unggahan yang menunggu persetujuan, serta unggahan Anda sendiri yang diminta revisi atau tayang dalam {{days}} hari. Lihat rencana bulan ini di Kalender.',
    },
    openCalendar: 'Buka Kalender',
    groups: {
      approvals: 'Menunggu persetujuan Anda',
      checks: 'Menunggu pemeriksaan Anda',
      changesRequested: 'Diminta revisi',
      dueDrafts: 'Draf yang tayang dalam {{days}} hari',
      unpublished: 'Menunggu tanda terbit',
    },
    reason: 'Alasan revisi: {{reason}}',
    noDate: 'Belum dijadwalkan',
    waitingSince: 'diajukan {{since}}',
    bulk: {
      toolbar: 'Tindakan untuk unggahan terpilih',
      selected: '{{count}} dipilih',
      selectAll: 'Pilih semua ({{count}})',
      clear: 'Batalkan pilihan',
      select: 'Pilih “{{title}}”',
      keysHint:
        'Centang untuk memilih; Shift+klik memilih rentang, Ctrl+A memilih semua, ↑/↓ berpindah, Spasi mencentang, Esc membatalkan pilihan.',
      verbs: {
        submit: 'Ajukan',
        check: 'Tandai diperiksa',
        approve: 'Setujui',
        request_changes: 'Minta revisi',
        move: 'Pindahkan',
        delete: 'Hapus',
        // <kinerjaUi>
        publish: 'Terbit sesuai jadwal',
        // </kinerjaUi>
      },
      titles: {
        submit: 'Ajukan {{count}} unggahan',
        check: 'Tandai {{count}} unggahan diperiksa',
        approve: 'Setujui {{count}} unggahan',
        request_changes: 'Minta revisi untuk {{count}} unggahan',
        move: 'Pindahkan {{count}} unggahan',
        delete: 'Hapus {{count}} unggahan',
        // <kinerjaUi>
        publish: 'Tandai {{count}} unggahan terbit sesuai jadwal',
        // </kinerjaUi>
      },
      confirm: {
        submit: 'Ajukan {{count}} unggahan',
        check: 'Tandai {{count}} unggahan diperiksa',
        approve: 'Setujui {{count}} unggahan',
        request_changes: 'Kirim permintaan revisi',
        move: 'Pindahkan {{count}} unggahan',
        delete: 'Pindahkan {{count}} ke Sampah',
        // <kinerjaUi>
        publish: 'Tandai {{count}} unggahan terbit',
        // </kinerjaUi>
      },
      skipped:
        '{{count}} unggahan terpilih tidak ikut karena statusnya tidak memungkinkan tindakan ini.',
      deleteNote: 'Unggahan dipindahkan ke Sampah dan dapat dipulihkan (juga dengan “Urungkan”).',
      comment: 'Apa yang perlu diperbaiki? (satu catatan untuk semua)',
      commentRequired: 'Tulis apa yang perlu diperbaiki.',
      // <kinerjaUi>
      publishNote:
        'Setiap kanal yang belum ditandai dicatat terbit pada jam jadwalnya. Hanya unggahan berstatus Disetujui yang ikut; dapat diurungkan.',
      // </kinerjaUi>
      moveHow: 'Ke mana?',
      moveShift: 'Geser beberapa hari (jam tetap)',
      moveDays: 'Jumlah hari (negatif = lebih awal)',
      moveToDate: 'Ke satu tanggal (jam tetap)',
      moveDate: 'Tanggal tujuan',
      moveRequired: 'Isi jumlah hari (bukan 0) atau pilih tanggal tujuan.',
      checkingWarnings: 'Memeriksa peringatan platform…',
      warningsHeading: '{{count}} peringatan platform pada {{posts}} unggahan',
      acknowledge: 'Saya sudah memeriksa {{count}} peringatan ini',
      acknowledgeRequired: 'Centang dulu bahwa peringatan sudah diperiksa.',
      running: 'Sedang diproses…',
      resultsLabel: 'Hasil tindakan terakhir',
      summary: '{{verb}}: {{done}} berhasil, {{refused}} ditolak.',
      done: {
        submit: 'Ajukan',
        check: 'Tandai diperiksa',
        approve: 'Setujui',
        request_changes: 'Minta revisi',
        move: 'Pindahkan',
        delete: 'Hapus',
        undo: 'Urungkan',
        // <kinerjaUi>
        publish: 'Terbit sesuai jadwal',
        // </kinerjaUi>
      },
      resultDone: 'Selesai',
      returnedToDraft: 'Selesai; kembali ke Draf dan perlu diajukan lagi',
      resultRefused: 'Ditolak: {{reason}}',
      stayedDraft:
        '{{count}} unggahan tetap Draf: persetujuannya gugur saat dipindah dan perlu diajukan lagi.',
      undo: {
        restore: 'Urungkan (pulihkan dari Sampah)',
        moveBack: 'Urungkan (kembalikan ke jadwal semula)',
        // <kinerjaUi>
        unpublish: 'Urungkan (batalkan tanda terbit)',
        // </kinerjaUi>
      },
      closeResults: 'Tutup hasil',
    },
  },
  // </needsAction>
  // <calendarSelect> Select-many in the month and week (features/calendar/CalendarSelection.tsx).
  calendarSelect: {
    selected: 'dipilih',
    hint: 'Ctrl+klik: pilih beberapa · Ctrl+A: semua',
    moreSelected: '{{count}} di antaranya dipilih',
    keys: 'Ctrl+klik atau Ctrl+Spasi memilih satu unggahan; Shift+klik atau Shift+Spasi memilih rentang; selama ada yang dipilih, Spasi memilih unggahan yang terfokus; Ctrl+A memilih semua unggahan yang tampil; Esc membatalkan pilihan.',
  },
  // </calendarSelect>
  // <month> The month grid's density toggle (Kalender toolbar).
  calendarDensity: {
    compact: 'Ringkas',
    hint: 'Tampilan ringkas: judul satu baris, lebih banyak unggahan per hari. Klik lagi untuk judul dua baris.',
  },
  // </month>
  // <report>
  // <province>
  province: {
    title: 'Paket dari Provinsi',
    intro:
      'Konten yang diminta provinsi untuk diunggah kantor ini. Ambil butir ke kalender sebagai draf, sesuaikan keterangannya, lalu ajukan seperti biasa.',
    loadFailed: 'Daftar paket tidak dapat dibaca.',
    closeNotice: 'Tutup pemberitahuan',
    adoptedNotice: '“{{title}}” masuk kalender sebagai draf.',
    missingPlatforms: 'Kantor ini belum punya kanal untuk: {{platforms}}.',
    empty: {
      title: 'Belum ada paket dari provinsi',
      body: 'Paket tiba lewat folder pertukaran antar-kantor. Atur foldernya di Pengaturan › Pertukaran antar-kantor; paket yang tiba akan tampil di sini.',
    },
    pack: {
      meta: 'Batas unggah {{deadline}} · versi {{version}} · {{adopted}} dari {{count}} butir diambil',
    },
    item: {
      when: '{{date}}, pukul {{time}}',
      platforms: 'Platform yang disarankan',
      changed:
        'Versi terbaru paket mengubah butir ini: {{fields}}. Draf Anda tidak diubah; sesuaikan bila perlu.',
      adopted: 'Sudah di kalender',
      openDraft: 'Buka draf',
      acknowledge: 'Tandai sudah dilihat',
      adopt: 'Ambil ke kalender',
    },
    field: {
      title: 'judul',
      suggestedDate: 'tanggal',
      suggestedTime: 'jam',
      platforms: 'platform',
      caption: 'keterangan',
      hashtags: 'tagar',
      instructions: 'petunjuk',
      media: 'media',
    },
    rollup: {
      title: 'Rekap provinsi',
      intro:
        'Kinerja bulanan kabupaten/kota: paket yang diambil dan secepat apa diunggah, rencana dibanding terbit, ketepatan waktu dan jangkauan, dengan bulan sebelumnya di sampingnya.',
      period: 'Bulan rekap',
      earlier: 'Bulan sebelumnya',
      later: 'Bulan berikutnya',
      caption: 'Peringkat kabupaten/kota, {{month}}',
      rank: 'Peringkat',
      regency: 'Kabupaten/kota',
      report: 'Laporan',
      adoption: 'Paket diambil',
      hours: 'Median jam sampai terbit',
      planRate: 'Terbit dari rencana',
      onTime: 'Tepat waktu',
      reach: 'Jangkauan',
      previous: 'bulan lalu {{value}}',
      adopted: '{{adopted}} dari {{sent}} ({{share}})',
      itemsTitle: 'Butir paket bulan ini',
      noItems: 'Tidak ada butir paket yang dijadwalkan bulan ini.',
      carried: '{{name}}: terbit di {{platforms}}, {{hours}} jam setelah paket dikirim',
      adoptedOnly: '{{name}}: sudah diambil, belum terbit',
      notAdopted: '{{name}}: belum diambil',
      empty: {
        title: 'Belum ada kabupaten/kota yang dikenal',
        body: 'Impor berkas identitas kabupaten/kota di Pengaturan › Pertukaran antar-kantor; laporan mereka akan terhitung di sini.',
      },
      state: {
        on_time: 'Tepat waktu',
        late: 'Terlambat',
        missing: 'Belum melapor',
        awaited: 'Ditunggu',
      },
    },
    notSetUp: {
      title: 'Pertukaran antar-kantor belum diatur',
      body: 'Layar Provinsi muncul setelah identitas kantor ini diatur: isi kode wilayah, nama dan tingkat kantor di Pengaturan › Pertukaran antar-kantor.',
      link: 'Buka Pengaturan › Pertukaran antar-kantor',
    },
    send: {
      title: 'Laporan ke provinsi',
      intro:
        'Laporan bulanan berisi angka Laporan kinerja bulan itu dan keadaan butir paket yang diambil, ditandatangani dan dikirim lewat folder pertukaran.',
      month: 'Bulan laporan',
      button: 'Kirim laporan bulan {{month}}',
      sending: 'Mengirim laporan…',
      sent: 'Laporan bulan {{month}} dikirim {{date}} pukul {{time}}.',
      history: 'Laporan yang sudah dikirim',
      historyEmpty: 'Belum ada laporan yang dikirim dari kantor ini.',
      lastSent: '{{month}}: terakhir dikirim {{date}} pukul {{time}}',
      lastSentMany: '{{month}}: terakhir dikirim {{date}} pukul {{time}} ({{count}} kali dikirim)',
      notSent: 'Laporan bulan ini belum pernah dikirim.',
      confirmTitle: 'Kirim laporan ke provinsi?',
      confirmBody:
        'Laporan bulan {{month}} akan dikirim ke {{province}}. Bila bulan ini sudah pernah dikirim, laporan baru menggantikan yang lama di provinsi.',
      notAllowed: 'Laporan ke provinsi dikirim oleh penyetuju atau administrator.',
      unknownProvince: 'kantor provinsi (kode {{code}})',
      confirm: 'Kirim laporan',
      cancel: 'Batal',
    },
    rekap: {
      documentTitle: 'Rekap Kinerja Kabupaten/Kota — {{month}}',
      dueLine: 'Laporan bulan ini jatuh tempo {{date}}.',
      previous: 'bulan lalu {{value}}',
      outOf: '{{part}} dari {{whole}}',
      yes: 'Ya',
      no: 'Belum',
      none: '–',
      allOnTime: 'Semua kabupaten/kota melapor tepat waktu.',
      noRegencies: 'Belum ada kabupaten/kota yang dikenal kantor ini.',
      definitions:
        'Porsi diambil: butir paket bulan ini yang diambil ke kalender kabupaten/kota. Jam sampai terbit: dari paket pertama kali dikirim sampai butir pertama kali terbit di platform mana pun (median). Terbit dari rencana dan tepat waktu dihitung per kanal-unggahan dari laporan kabupaten/kota.',
      section: {
        summary: 'Ringkasan',
        ranking: 'Peringkat kabupaten/kota',
        reports: 'Kantor yang terlambat atau belum melapor',
        items: 'Butir paket: siapa mengambil, terbit di mana, secepat apa',
      },
      sheet: {
        summary: 'Ringkasan',
        ranking: 'Peringkat',
        reports: 'Laporan',
        items: 'Butir paket',
      },
      figure: {
        regencies: 'Kabupaten/kota',
        onTime: 'Melapor tepat waktu',
        late: 'Melapor terlambat',
        missing: 'Belum melapor',
        awaited: 'Ditunggu (belum jatuh tempo)',
        items: 'Butir paket bulan ini',
        adopted: 'Pengambilan butir (semua kabupaten/kota)',
        published: 'Penerbitan butir (semua kabupaten/kota)',
      },
      column: {
        figure: 'Ukuran',
        value: 'Jumlah',
        rank: 'Peringkat',
        regency: 'Kabupaten/kota',
        code: 'Kode',
        report: 'Laporan',
        sentAt: 'Dikirim',
        itemsSent: 'Butir dikirim',
        itemsAdopted: 'Butir diambil',
        adoption: 'Paket diambil',
        adoptionShare: 'Porsi diambil',
        hours: 'Median jam sampai terbit',
        plannedChannels: 'Kanal direncanakan',
        publishedChannels: 'Kanal terbit',
        planRate: 'Terbit dari rencana',
        onTimeRate: 'Tepat waktu',
        reach: 'Jangkauan',
        previousSuffix: '{{label}} (bulan lalu)',
        item: 'Butir',
        pack: 'Paket',
        suggestedDate: 'Tanggal disarankan',
        adopted: 'Diambil',
        platforms: 'Terbit di',
        hoursToPublication: 'Jam sampai terbit',
      },
    },
  },
  // </province>
  // <provinceSend>
  provinceSend: {
    intro:
      'Paket konten yang dikirim provinsi agar kabupaten/kota mengunggah narasi yang sama: butir dari kalender kantor ini, keterangan per platform, petunjuk dan batas unggah.',
    tabs: { label: 'Bagian layar provinsi', packs: 'Paket ke kabupaten/kota' },
    list: {
      create: 'Buat paket',
      newVersion: 'Ubah dan kirim versi baru',
      newVersionOf: 'Ubah dan kirim versi baru “{{title}}”',
      loadFailed: 'Daftar paket terkirim tidak dapat dibaca.',
      meta: 'Versi {{version}} · dikirim {{sentAt}} · batas unggah {{deadline}}',
      recipients: 'Penerima: {{names}}',
      everyone: 'semua kabupaten/kota',
      items: '{{count}} butir',
      empty: {
        title: 'Belum ada paket terkirim',
        body: 'Buat paket dari unggahan di kalender, lalu kirim ke kabupaten/kota lewat folder pertukaran.',
      },
      noRegencies: {
        title: 'Belum ada kabupaten/kota yang dikenal',
        body: 'Tambahkan identitas kabupaten/kota di Pengaturan › Pertukaran antar-kantor.',
      },
      sentNotice: 'Paket “{{title}}” versi {{version}} terkirim sebagai berkas {{file}}.',
      closeNotice: 'Tutup pemberitahuan',
    },
    compose: {
      titleNew: 'Buat paket',
      titleVersion: 'Versi baru paket “{{title}}” (versi {{version}})',
      keys: 'Ctrl+Enter mengirim paket, Esc membatalkan.',
      packTitle: 'Judul paket',
      instructions: 'Petunjuk untuk kabupaten/kota',
      deadlineDate: 'Batas unggah: tanggal',
      deadlineTime: 'Batas unggah: jam',
      recipients: 'Penerima',
      everyone: 'Semua kabupaten/kota',
      chosen: 'Kabupaten/kota tertentu',
      office: '{{name}} ({{code}})',
      pickTitle: 'Ambil unggahan dari kalender',
      earlier: 'Bulan sebelumnya',
      later: 'Bulan berikutnya',
      noPosts: 'Tidak ada unggahan terjadwal di bulan ini.',
      postsLabel: 'Unggahan {{month}}',
      addPosts: 'Tambahkan {{count}} unggahan ke paket',
      itemsTitle: 'Butir paket',
      noItems: 'Belum ada butir. Centang unggahan di atas lalu tambahkan ke paket.',
      item: 'Butir {{number}}: {{title}}',
      itemTitle: 'Judul butir',
      itemDate: 'Tanggal disarankan',
      itemTime: 'Jam disarankan',
      itemInstructions: 'Petunjuk butir',
      itemHashtags: 'Tagar (pisahkan dengan spasi)',
      caption: 'Keterangan {{platform}}',
      captionCount: '{{actual}} dari {{limit}} karakter',
      captionOver: 'Melebihi batas {{platform}}.',
      media: '{{count}} berkas media ikut terkirim',
      shortened: {
        intro:
          'Butir ini disesuaikan dengan batas paket (unggahan aslinya di kalender tetap utuh):',
        title: 'Judul dipendekkan menjadi {{limit}} karakter.',
        caption: 'Keterangan {{platform}} dipendekkan menjadi {{limit}} karakter.',
        mediaName: 'Nama berkas “{{name}}” dipendekkan menjadi {{limit}} karakter.',
        media:
          '{{count}} berkas media tidak diikutkan; satu butir memuat paling banyak {{limit}} berkas.',
        hashtags:
          '{{count}} tagar tidak diikutkan; satu butir memuat paling banyak {{limit}} tagar, masing-masing paling panjang {{chars}} karakter.',
      },
      removeItem: 'Hapus butir “{{title}}”',
      send: 'Kirim paket',
      sending: 'Mengirim…',
      cancel: 'Batal',
      missing: {
        title: 'Judul paket wajib diisi.',
        deadline: 'Isi tanggal dan jam batas unggah (mis. 08.00).',
        items: 'Tambahkan paling sedikit satu butir.',
        recipients: 'Pilih paling sedikit satu kabupaten/kota.',
        itemTitle: 'Setiap butir perlu judul.',
        itemWhen: 'Setiap butir perlu tanggal dan jam yang benar (mis. 08.00).',
        platforms: 'Setiap butir perlu paling sedikit satu keterangan platform.',
      },
      confirm: {
        title: 'Kirim paket?',
        body: '“{{title}}” versi {{version}} akan dikirim ke {{count}} kantor kabupaten/kota.',
        send: 'Kirim',
        back: 'Kembali',
      },
      discard: {
        title: 'Buang paket ini?',
        body: 'Perubahan pada paket ini belum dikirim dan akan hilang.',
        discard: 'Buang perubahan',
        keep: 'Lanjutkan menyusun',
      },
    },
  },
  // </provinceSend>
  report: {
    title: 'Laporan kinerja',
    emptyTitle: 'Belum ada yang bisa dilaporkan untuk periode ini',
    emptyBody:
      'Laporan menghitung yang direncanakan, yang terbit, dan angka tiap platform. Jadwalkan unggahan di Kalender, tandai yang sudah terbit, lalu impor data dari tiap platform.',
    importLink: 'Impor data platform',
    // <kinerjaGaps>
    pendingLink: 'Perlu dicocokkan: {{count}} baris',
    // </kinerjaGaps>
    calendarLink: 'Buka Kalender',
    loading: 'Menghitung laporan…',
    documentTitle: 'Laporan Kinerja Pengelolaan Media Sosial — {{period}}',
    periodLine: 'Periode {{from}} – {{to}}',
    quarter: 'Triwulan {{numeral}} {{year}}',
    year: 'Tahun {{year}}',
    previousLine: 'Periode lalu: {{value}}',
    hoursUnit: 'jam',
    points: '{{value}} poin',
    noPillar: 'Tanpa pilar',
    unknownChannel: 'Kanal tidak aktif',
    change: {
      up: '▲ naik {{value}}',
      down: '▼ turun {{value}}',
      same: '= sama',
      none: 'belum ada pembanding',
    },
    picker: {
      label: 'Periode laporan',
      kind: 'Jenis periode',
      month: 'Bulan',
      quarter: 'Triwulan',
      yearKind: 'Tahun',
      previous: 'Periode sebelumnya',
      next: 'Periode berikutnya',
      current: 'Periode ini',
    },
    figure: {
      plannedPosts: 'Unggahan direncanakan',
      publishedPosts: 'Unggahan terbit di semua kanal',
      onTimeRate: 'Terbit tepat waktu',
      outsidePlan: 'Terbit di luar rencana',
      medianHours: 'Waktu persetujuan (median)',
      p90Hours: 'Waktu persetujuan (persentil 90)',
      rounds: 'Putaran persetujuan',
      changesRequestedPosts: 'Unggahan diminta revisi',
      changesRequestedRate: 'Tingkat diminta revisi',
      views: 'Tayangan',
      reach: 'Jangkauan',
      engagement: 'Interaksi',
      engagementRate: 'Tingkat interaksi',
    },
    section: {
      summary: 'Ringkasan',
      charts: 'Grafik',
      channels: 'Rencana dan terbit per kanal',
      approval: 'Persetujuan',
      pillars: 'Pilar konten terhadap target',
      reach: 'Tayangan, jangkauan, dan interaksi per kanal',
      top: 'Unggahan teratas',
      targets: 'Capaian target tahun {{year}}',
      notes: 'Catatan',
    },
    column: {
      figure: 'Ukuran',
      current: 'Periode ini',
      previous: 'Periode lalu',
      change: 'Perubahan',
      channel: 'Kanal',
      planned: 'Direncanakan',
      published: 'Terbit',
      onTime: 'Tepat waktu',
      onTimeRate: 'Tepat waktu (%)',
      outsidePlan: 'Di luar rencana',
      previousPublished: 'Terbit periode lalu',
      pillar: 'Pilar',
      posts: 'Unggahan',
      share: 'Porsi',
      targetShare: 'Target porsi',
      previousShare: 'Porsi periode lalu',
      views: 'Tayangan',
      reach: 'Jangkauan',
      engagement: 'Interaksi',
      engagementRate: 'Tingkat interaksi',
      followers: 'Pengikut',
      followerGrowth: 'Pertumbuhan pengikut',
      previousViews: 'Tayangan periode lalu',
      rank: 'No.',
      title: 'Judul',
      measure: 'Indikator',
      target: 'Target',
      achieved: 'Capaian',
      progress: 'Persentase capaian',
    },
    measure: {
      posts: 'Jumlah unggahan',
      engagementRate: 'Tingkat interaksi',
      followerGrowth: 'Pertumbuhan pengikut',
    },
    chart: {
      publication: 'Direncanakan dan terbit per kanal',
      publicationSummary:
        'Grafik batang: {{planned}} kanal-unggahan direncanakan, {{published}} terbit. Rinciannya ada di tabel data.',
      pillars: 'Porsi pilar konten terhadap target',
      pillarsSummary:
        'Grafik batang porsi {{count}} pilar konten dan targetnya. Rinciannya ada di tabel data.',
      reach: 'Tayangan, jangkauan, dan interaksi per kanal',
      reachSummary:
        'Grafik batang: {{views}} tayangan dan {{engagement}} interaksi. Rinciannya ada di tabel data.',
      showTable: 'Tampilkan tabel data',
      hideTable: 'Sembunyikan tabel data',
    },
    posts: {
      close: 'Tutup',
      title: '{{figure}}: unggahan di baliknya',
      count: '{{count}} unggahan. Klik judul untuk membukanya di Kalender.',
      none: 'Tidak ada unggahan terjadwal di balik angka ini.',
      outside:
        '{{count}} publikasi terbit di luar rencana: tercatat dari impor data platform dan tidak ada di Kalender.',
      loading: 'Memuat daftar unggahan…',
      open: 'Lihat unggahan di balik {{figure}}: {{value}}',
    },
    notes: {
      label: 'Catatan untuk laporan (ikut tercetak di PDF dan XLSX)',
      hint: 'Misalnya penjelasan angka yang turun atau kegiatan penting bulan ini.',
    },
    // <kinerjaGaps>
    notesStore: {
      saving: 'Menyimpan catatan…',
      unsaved: 'Belum tersimpan.',
      savedBy: 'Tersimpan oleh {{name}}, {{date}} pukul {{time}}.',
      theirs: 'Catatan terbaru dari {{name}}:',
      takeTheirs: 'Pakai catatan {{name}}',
      keepMine: 'Simpan catatan saya (menggantikannya)',
      offer:
        'Ada catatan untuk periode ini yang dulu hanya tersimpan di komputer ini. Simpan untuk kantor supaya rekan melihatnya dan ikut tercetak?',
      acceptOffer: 'Pakai catatan ini',
      dismissOffer: 'Buang catatan ini',
    },
    // </kinerjaGaps>
    definitions:
      'Tepat waktu: terbit paling lama {{tolerance}} menit dari jadwal. Interaksi: suka + komentar + bagikan + simpan. Tingkat interaksi: interaksi dibagi jangkauan (atau tayangan bila jangkauan tidak dilaporkan). Waktu persetujuan: dari diajukan sampai disetujui.',
    sheet: {
      summary: 'Ringkasan',
      channels: 'Per kanal',
      approval: 'Persetujuan',
      pillars: 'Pilar konten',
      reach: 'Angka platform',
      top: 'Unggahan teratas',
      targets: 'Target',
    },
  },
  // </report>
  // <kinerja>
  kinerja: {
    importTitle: 'Impor data platform',
    // <kinerjaUi>
    partlyPublished: 'Sebagian terbit',
    published: 'Terbit',
    publication: {
      title: 'Terbit',
      notYet: 'belum ditandai terbit',
      date: 'Tanggal terbit',
      time: 'Jam terbit ({{zone}})',
      link: 'Tautan unggahan di {{channel}} (boleh dikosongkan)',
      mark: 'Sudah terbit di {{channel}}',
      unmark: 'Batalkan tanda terbit di {{channel}}',
      publishedAt: 'terbit {{when}}',
      fromImport: 'dari impor data platform',
      timeNeeded: 'Isi tanggal dan jam terbit.',
      markedDone: 'Kanal ditandai terbit.',
      unmarkedDone: 'Tanda terbit dibatalkan.',
    },
    figures: {
      title: 'Angka kinerja {{channel}}',
      hint: 'Untuk kanal tanpa berkas ekspor. Kosongkan angka yang tidak diketahui; angka yang disimpan hari ini menggantikan angka sebelumnya di laporan.',
      names: {
        views: 'Tayangan',
        reach: 'Jangkauan',
        likes: 'Suka',
        comments: 'Komentar',
        shares: 'Dibagikan',
        saves: 'Disimpan',
      },
      save: 'Simpan angka',
      saved: 'Angka tersimpan per {{date}}.',
      badNumber: 'Tulis angka bulat saja, mis. 12.400.',
    },
    import: {
      intro:
        'Unduh ekspor per unggahan dari Meta Business Suite (Instagram, Facebook), TikTok Studio, YouTube Studio atau X Analytics saat ada sinyal, lalu impor di sini. Uji coba dulu: tidak ada yang disimpan sebelum Anda menekan “Impor”.',
      fileTitle: 'Berkas ekspor',
      fileHint: 'CSV atau XLSX, apa adanya dari platform. Platform dikenali dari kolomnya.',
      platform: 'Platform',
      platforms: {
        auto: 'Kenali otomatis',
        instagram: 'Instagram (Meta Business Suite)',
        facebook: 'Facebook (Meta Business Suite)',
        tiktok: 'TikTok Studio',
        youtube: 'YouTube Studio',
        x: 'X Analytics',
      },
      choose: 'Pilih berkas…',
      noFile: 'Belum ada berkas dipilih',
      fileLabel: 'Berkas ekspor data platform',
      stages: {
        uploading: 'Mengunggah berkas…',
        checking: 'Menguji coba impor…',
        importing: 'Mengimpor…',
      },
      countsLabel: 'Ringkasan baris',
      outcomes: {
        matched: 'cocok dengan rencana',
        uncertain: 'perlu diperiksa',
        unmatched: 'terbit di luar rencana',
        unchanged: 'tidak berubah',
        skipped: 'dilewati',
      },
      dryRunTitle: 'Hasil uji coba (belum ada yang disimpan)',
      dryRunFacts:
        '{{file}} · {{platform}} · kanal {{channel}} · {{rows}} baris · angka per {{date}}',
      alreadyImported: 'Berkas ini sudah pernah diimpor. Tidak ada yang berubah.',
      reviewTitle: 'Periksa kecocokan yang belum pasti',
      reviewHint:
        'Baris ini mirip lebih dari satu unggahan, atau hanya mirip sebagian. Pilih unggahannya, atau tandai terbit di luar rencana.',
      rowLegend: 'Baris {{row}} · {{date}}',
      itIs: 'Ini “{{title}}”',
      unplanned: 'Terbit di luar rencana',
      skip: 'Periksa nanti',
      leftForLater: '{{count}} baris belum diperiksa; baris itu disimpan untuk diperiksa nanti.',
      rowsAll: 'Semua baris berkas',
      rowsFirst: '{{shown}} baris pertama dari {{rows}}',
      columns: {
        row: 'Baris',
        date: 'Tanggal',
        caption: 'Keterangan',
        outcome: 'Hasil',
        post: 'Unggahan di rencana',
        views: 'Tayangan',
      },
      run: 'Impor',
      cancel: 'Batal',
      doneTitle: 'Impor selesai',
      doneBody: '{{file}} diimpor ke kanal {{channel}}.',
      nothingNew: 'Tidak ada angka baru di berkas ini.',
      pendingLater: '{{count}} baris menunggu diperiksa.',
      toReport: 'Buka Laporan',
      another: 'Impor berkas lain',
    },
    targets: {
      title: 'Target kinerja',
      description:
        'Target tahunan (IKU) per kanal dan pilar konten, dengan rumusan yang dipakai kantor, serta batas waktu tepat jadwal. Tampil di Laporan kinerja.',
      year: 'Tahun',
      formLabel: 'Target kinerja {{year}}',
      channelsCaption: 'Target per kanal, {{year}}',
      channel: 'Kanal',
      fields: {
        postsPerMonth: 'Unggahan per bulan',
        engagementRate: 'Tingkat interaksi (%)',
        followerGrowth: 'Pertumbuhan pengikut setahun (%)',
      },
      cellLabel: '{{field}} — {{channel}}',
      pillarsLegend: 'Porsi pilar konten (% dari unggahan setahun, paling banyak 100%)',
      pillarShare: '{{pillar}} (%)',
      tolerance: 'Batas tepat jadwal (menit)',
      toleranceHint:
        'Unggahan dihitung tepat jadwal bila terbit paling lambat sekian menit dari jam jadwalnya.',
      ikuLegend: 'Rumusan IKU',
      ikuHint: 'Kalimat indikator seperti tertulis di dokumen kinerja kantor; tampil di laporan.',
      iku: {
        posts: 'Indikator jumlah unggahan',
        engagement: 'Indikator interaksi',
        followers: 'Indikator pertumbuhan pengikut',
        pillars: 'Indikator pilar konten',
      },
      save: 'Simpan target',
      saved: 'Target {{year}} tersimpan.',
      errors: {
        number: 'Tulis angka.',
        whole: 'Tulis angka bulat, mis. 12.',
        percent: 'Tulis persen antara 0 dan 100, mis. 3,5.',
        total: 'Jumlah porsi pilar konten paling banyak 100%.',
        tolerance: 'Tulis menit antara 0 dan 1.440.',
      },
    },
    followers: {
      title: 'Pengikut per kanal',
      hint: 'Jumlah pengikut di akhir bulan, dilihat di halaman akun masing-masing platform.',
      month: 'Bulan',
      channel: 'Pengikut {{channel}}',
      save: 'Simpan pengikut',
      saved: 'Jumlah pengikut tersimpan.',
    },
    // </kinerjaUi>
    // <kinerjaGaps> Laporan › Perlu dicocokkan, stored figures in the Terbit section (issue 15).
    pending: {
      title: 'Perlu dicocokkan',
      intro:
        'Baris dari impor data platform sebelumnya yang mirip lebih dari satu unggahan, atau hanya mirip sebagian. Angkanya belum masuk laporan sampai Anda memilih.',
      back: 'Kembali ke Laporan',
      loading: 'Memuat baris yang perlu dicocokkan…',
      emptyTitle: 'Tidak ada yang perlu dicocokkan',
      emptyBody:
        'Semua baris impor sudah cocok dengan rencana atau sudah Anda pilih. Baris yang belum pasti dari impor berikutnya akan muncul di sini; impor berkas ekspor platform di Laporan › Impor data platform.',
      listTitle: '{{count}} baris menunggu',
      listHint:
        'Pilih unggahan di rencana yang sesuai, atau tandai terbit di luar rencana. Beberapa baris sekaligus: centang lalu pilih di atas daftar.',
      bulkLabel: 'Untuk baris yang dicentang',
      selectAll: 'Pilih semua',
      selectedCount: '{{count}} dicentang',
      bulkUnplanned: 'Semua yang dicentang terbit di luar rencana',
      bulkSkip: 'Jangan hitung yang dicentang',
      selectRow: 'Pilih baris {{row}} dari {{file}}',
      rowTitle: 'Baris {{row}} · {{date}} · {{channel}}',
      source: 'Berkas {{file}} · {{platform}} · diimpor {{imported}}',
      when: '{{date}} pukul {{time}}',
      match: 'Cocokkan dengan “{{title}}”',
      matchWhen: 'Cocokkan dengan “{{title}}” ({{when}})',
      skip: 'Jangan dihitung',
      matchedDone:
        'Dicocokkan dengan “{{title}}”: kanalnya tercatat terbit dan angkanya masuk laporan. Bila keliru, batalkan tanda terbit di bagian Terbit pada unggahan itu.',
      unplannedDone: '{{count}} baris dicatat terbit di luar rencana.',
      skippedDone: '{{count}} baris tidak dihitung.',
    },
    storedFigures: {
      imported: 'Dari impor data platform per {{date}}: {{figures}}.',
      manualAsOf: 'Angka yang tersimpan per {{date}}.',
    },
    // </kinerjaGaps>
  },
  // </kinerja>
  // <operations> Settings › Status komputer kantor (issue 14).
  hostStatus: {
    title: 'Status komputer kantor',
    description:
      'Siapa yang sedang tersambung, ruang disk, dan cadangan terakhir. Diperbarui sendiri tiap 10 detik selama bagian ini terbuka.',
    adminOnly: 'Bagian ini hanya untuk administrator kantor.',
    reload: 'Muat ulang',
    checkedAt: 'Diperbarui {{time}}',
    factsLabel: 'Keadaan komputer kantor',
    version: 'Versi Linimasa',
    runningSince: 'Menyala sejak',
    runningFor: '{{since}} ({{duration}})',
    duration: {
      minutes: '{{minutes}} menit',
      hours: '{{hours}} jam {{minutes}} menit',
      days: '{{days}} hari {{hours}} jam',
    },
    disk: 'Ruang disk folder data',
    diskFree: 'tersisa {{free}} dari {{total}}',
    diskUnknown: 'tidak dapat dibaca',
    database: 'Basis data',
    lastBackup: 'Cadangan terakhir',
    lastBackupValue: '{{when}}, {{size}} ({{name}})',
    noBackup: 'Belum ada',
    assets: 'Pustaka aset',
    assetsValue: '{{count}} berkas, {{size}}',
    warningsLabel: 'Perlu perhatian',
    warnings: {
      diskLow:
        'Ruang disk hampir penuh: tersisa {{free}} dari {{total}}. Kosongkan ruang atau pindahkan data ke disk yang lebih lega sebelum foto baru tidak bisa disimpan.',
      backupOld:
        'Cadangan terakhir dibuat {{when}}, lebih dari sehari yang lalu. Buat cadangan sekarang di Pengaturan › Cadangan.',
      backupNone: 'Belum ada cadangan. Buat cadangan sekarang di Pengaturan › Cadangan.',
    },
    sessionsTitle: 'Yang sedang tersambung',
    noSessions: 'Tidak ada yang sedang masuk.',
    columns: {
      name: 'Nama',
      role: 'Peran',
      client: 'Komputer',
      signedInAt: 'Masuk',
      lastActivity: 'Aktivitas terakhir',
      live: 'Halaman terbuka',
      action: 'Tindakan',
    },
    live: 'Ya',
    notLive: 'Tidak',
    ownSession: 'Sesi Anda',
    endSession: 'Keluarkan',
    endSessionLabel: 'Keluarkan {{name}}',
    confirmTitle: 'Keluarkan {{name}}?',
    confirmBody:
      'Sesi {{name}} di {{client}} diakhiri sekarang. Perubahan yang belum disimpan di sana bisa hilang; {{name}} dapat masuk lagi dengan kata sandinya. Tindakan ini dicatat di log keamanan.',
    confirm: 'Keluarkan',
    cancel: 'Batal',
    ended: 'Sesi {{name}} sudah diakhiri.',
  },
  // </operations>
  // <officeConnect> Settings › Hubungkan ke kantor (desktop app, issue 14).
  officeConnect: {
    title: 'Hubungkan ke kantor',
    description:
      'Pakai Linimasa di komputer kantor (host) dari komputer ini, bukan data di komputer ini.',
    form: 'Hubungkan ke komputer kantor',
    intro:
      'Isi alamat yang tampil di layar komputer kantor. Untuk alamat https, salin juga sidik jari sertifikatnya dari layar yang sama: Linimasa hanya mau tersambung ke komputer yang sidik jarinya cocok. Data di komputer ini tetap tersimpan; pilih Berkas › Putuskan dari kantor untuk kembali memakainya.',
    address: 'Alamat komputer kantor',
    addressExample: 'https://192.168.1.10:8443',
    addressHint: 'Tanpa https:// dianggap https.',
    fingerprint: 'Sidik jari sertifikat (SHA-256)',
    fingerprintExample: 'AB:CD:EF:…',
    fingerprintHint: '32 pasang huruf dan angka, seperti tampil di layar komputer kantor.',
    connect: 'Hubungkan',
    restarting: 'Linimasa dibuka ulang dan tersambung ke {{origin}}…',
    browser:
      'Peramban ini sudah membuka Linimasa dari komputer kantor; bagian ini untuk aplikasi desktop.',
    problems: {
      empty: 'Isi alamat komputer kantor.',
      scheme: 'Alamat harus diawali https:// atau http://.',
      credentials: 'Alamat tidak boleh berisi nama pengguna atau kata sandi.',
      path: 'Cukup alamat dan port komputer kantor, tanpa bagian setelah garis miring.',
      invalid: 'Alamat itu tidak dapat dibaca. Contoh: https://192.168.1.10:8443',
      fingerprintMissing:
        'Untuk alamat https, salin sidik jari sertifikat dari layar komputer kantor.',
      fingerprintInvalid:
        'Sidik jari harus 64 huruf/angka heksadesimal (32 pasang, mis. AB:CD:…). Salin lagi dari layar komputer kantor.',
    },
  },
  // </officeConnect>
  // <comments> The comment thread beside the activity log, @mentions, and the inbox (issue 14).
  comments: {
    heading: 'Komentar',
    empty: 'Belum ada komentar. Tulis yang pertama.',
    byline: '{{name}} ({{role}})',
    deleted: 'Komentar dihapus',
    edited: '(diubah)',
    label: 'Tulis komentar',
    placeholder: 'Tulis komentar… Ketik @ untuk menyebut rekan',
    send: 'Kirim komentar',
    sending: 'Mengirim…',
    edit: 'Ubah',
    editLabel: 'Ubah komentar',
    save: 'Simpan',
    cancel: 'Batal',
    delete: 'Hapus',
    confirmDelete: 'Hapus komentar ini?',
    follow: 'Ikuti',
    unfollow: 'Berhenti mengikuti',
    followingHint: 'Anda diberi tahu setiap ada komentar baru di unggahan ini.',
    notFollowingHint: 'Anda tidak diberi tahu tentang komentar baru di unggahan ini.',
    suggestions: 'Rekan yang bisa disebut',
    length: '{{count}} dari {{max}} karakter',
  },
  notifications: {
    bell: 'Pemberitahuan',
    bellUnread: 'Pemberitahuan, {{count}} belum dibaca',
    title: 'Pemberitahuan',
    empty: 'Belum ada pemberitahuan.',
    markAll: 'Tandai semua sudah dibaca',
    unread: 'Belum dibaca',
    close: 'Tutup',
    justNow: 'baru saja',
    minutesAgo: '{{count}} menit lalu',
    hoursAgo: '{{count}} jam lalu',
    someone: 'Seseorang',
    // <five>
    more: 'Muat lebih banyak',
    // </five>
    kinds: {
      mentioned: '{{name}} menyebut Anda di “{{title}}”',
      comment: '{{name}} mengomentari “{{title}}”',
      submitted_for_check: '{{name}} mengajukan “{{title}}” untuk diperiksa',
      submitted_for_approval: '{{name}} mengajukan “{{title}}” untuk disetujui',
      checked_for_approval: '{{name}} sudah memeriksa “{{title}}”; menunggu persetujuan Anda',
      changes_requested: '{{name}} meminta revisi “{{title}}”',
      approved: '{{name}} menyetujui “{{title}}”',
    },
  },
  // </comments>
  // <live>
  live: {
    changedBy: 'Diubah oleh {{name}} pukul {{time}}',
    changedBySomeone: 'Diubah di komputer lain pukul {{time}}',
    changedFields: 'Yang berubah: {{fields}}.',
    unsavedHint:
      'Perubahan Anda belum tersimpan. Saat Anda menyimpan, Linimasa menggabungkannya dengan versi ini.',
    // <five>
    dismiss: 'Tutup',
    dismissLabel: 'Tutup pemberitahuan perubahan ini',
    // </five>
    editingBy: 'Sedang diubah oleh {{names}}',
    merge: {
      title: 'Gabungkan perubahan',
      intro:
        '{{name}} menyimpan unggahan ini saat Anda mengubahnya. Bagian yang hanya diubah satu orang diambil otomatis; untuk bagian yang diubah keduanya, pilih versi yang dipakai.',
      someone: 'Orang lain',
      mine: 'Versi saya',
      theirs: 'Versi {{name}}',
      takenMine: 'Diambil dari perubahan Anda',
      takenTheirs: 'Diambil dari perubahan {{name}}',
      same: 'Diubah sama oleh keduanya',
      conflict: 'Diubah keduanya — pilih salah satu',
      empty: '(kosong)',
      save: 'Simpan gabungan',
      cancel: 'Kembali ke formulir',
      undecided: 'Pilih versi untuk: {{fields}}.',
    },
    fields: {
      title: 'Judul',
      brief: 'Brief / catatan',
      caption: 'Caption utama',
      link: 'Tautan',
      firstComment: 'Komentar pertama',
      hashtags: 'Tagar',
      tags: 'Label',
      campaignId: 'Pilar konten',
      assigneeId: 'PIC',
      channels: 'Kanal',
      schedule: 'Jadwal',
      assetIds: 'Lampiran',
    },
  },
  // </live>
  // <offline>
  offline: {
    lost: 'Tidak terhubung ke komputer kantor — perubahan Anda disimpan di perangkat ini dan dikirim saat tersambung',
    back: 'Tersambung kembali — {{count}} perubahan terkirim',
    backNothing: 'Tersambung kembali',
    waiting:
      'Menunggu sambungan — perubahan disimpan di perangkat ini dan dikirim saat tersambung.',
    needsHost: 'Perlu sambungan ke komputer kantor.',
    kept: {
      offer: 'Lanjutkan draf yang belum tersimpan (diketik {{time}})',
      discard: 'Buang draf itu',
      // <five>
      olderBase:
        'Draf ini diketik pada versi lama unggahan ini; sejak itu unggahan sudah diubah. Periksa penggabungannya sebelum menyimpan.',
      // </five>
    },
    conflict: {
      title: 'Perubahan pada “{{title}}” bertabrakan',
      intro:
        'Selama Anda tidak tersambung, unggahan ini sudah diubah di komputer kantor. Pilih versi yang dipakai.',
      refused: 'Perubahan pada “{{title}}” tidak dapat dikirim: {{message}}',
      field: 'Isian',
      mine: 'Versi saya',
      theirs: 'Versi kantor',
      merge: 'Gabungkan per kolom…',
      keepMine: 'Pakai versi saya',
      takeTheirs: 'Pakai versi kantor',
      discard: 'Buang perubahan saya',
    },
  },
  // </offline>
  // <exchange> Settings › Pertukaran antar-kantor and the CLI's `exchange` (issue 16).
  exchange: {
    title: 'Pertukaran antar-kantor',
    intro:
      'Kirim dan terima berkas antara kantor provinsi dan kabupaten/kota melalui satu folder bersama yang disinkronkan Syncthing atau dibawa dengan flashdisk. Linimasa hanya menulis ke folder outbox kantor ini dan hanya membaca outbox kantor lain; setiap berkas ditandatangani.',
    level: { provinsi: 'Provinsi', kabupaten_kota: 'Kabupaten/kota' },
    kind: {
      identity: 'identitas kantor',
      pack: 'paket konten',
      report: 'laporan',
      other: 'kiriman "{{kind}}"',
    },
    identity: {
      heading: 'Identitas kantor ini',
      code: 'Kode wilayah (Kemendagri)',
      codeHint: 'NN untuk provinsi (mis. 73), NN.NN untuk kabupaten/kota (mis. 73.06).',
      name: 'Nama kantor',
      level: 'Tingkat',
      save: 'Simpan identitas',
      saved: 'Identitas kantor disimpan.',
      notSet:
        'Identitas belum diatur. Kunci tanda tangan kantor dibuat saat identitas pertama kali disimpan.',
      fingerprint: 'Sidik jari kunci',
      fingerprintHint:
        'Bacakan sidik jari ini kepada kantor lain saat mereka mengimpor identitas kantor ini.',
      export: 'Unduh berkas identitas',
      exported: 'Berkas identitas {{file}} ditulis.',
      sent: 'Identitas kantor dikirim ke folder pertukaran: {{file}}.',
    },
    folder: {
      heading: 'Folder pertukaran',
      label: 'Jalur folder',
      hint: 'Folder yang dibagikan dengan Syncthing (atau di flashdisk). Linimasa menulis hanya ke {{outbox}}.',
      save: 'Simpan folder',
      saved: 'Folder pertukaran disimpan.',
      sendCard:
        'Agar kantor lain di folder ini mengenali kantor ini, kirim kartu identitasnya: exchange identity send.',
      none: 'Belum ada folder.',
    },
    offices: {
      heading: 'Kantor yang dikenal',
      empty: 'Belum ada kantor lain. Impor berkas identitas kantor lain untuk menerima kirimannya.',
      import: 'Impor identitas kantor lain…',
      code: 'Kode',
      name: 'Kantor',
      fingerprint: 'Sidik jari',
      added: 'Ditambahkan',
      addedBy: '{{date}} oleh {{name}}',
      remove: 'Hapus dari daftar',
      removeTitle: 'Hapus {{name}} ({{code}}) dari daftar?',
      removeBody:
        'Kiriman kantor ini akan ditolak sampai identitasnya diimpor lagi. Yang sudah diterima tetap tersimpan. Lakukan ini hanya bila kantor itu memang mengganti kuncinya (mis. komputernya diganti).',
      removeCancel: 'Batal',
      removed: 'Kantor {{code}} dihapus dari daftar kantor yang dikenal.',
    },
    importDialog: {
      title: 'Impor identitas kantor lain',
      file: 'Berkas identitas (.linimasa-kantor.json)',
      compare:
        'Telepon kantor {{name}} ({{code}}) dan minta mereka membacakan sidik jari kuncinya. Ketik yang dibacakan di bawah ini: kantor hanya ditambahkan bila sama persis.',
      shown: 'Sidik jari di berkas',
      typed: 'Sidik jari yang dibacakan kantor itu',
      confirm: 'Tambahkan kantor',
      cancel: 'Batal',
      added: 'Kantor {{name}} ({{code}}) ditambahkan.',
      known: 'Kantor {{name}} ({{code}}) sudah dikenal dengan kunci ini; tidak ada yang berubah.',
    },
    firstContact: {
      heading: 'Kantor baru di folder pertukaran',
      newOffice: 'Kantor baru: {{name}} ({{code}}), {{level}}',
      recognise: 'Kenali kantor ini…',
      keyDiffers: 'Kunci berbeda dari yang dikenal',
      keyDiffersHint:
        'Kartu identitas kantor {{code}} di folder memakai kunci lain dari yang dikenal; kirimannya ditolak. Hubungi kantor itu. Bila kuncinya memang diganti (mis. komputernya diganti), hapus dulu kantor itu dari daftar, lalu kenali lagi dengan sidik jari barunya.',
      title: 'Kenali kantor baru',
      fromFolder: 'Kartu identitas ini ada di folder pertukaran ({{file}}).',
    },
    arrivals: {
      heading: 'Kiriman masuk',
      checkNow: 'Periksa sekarang',
      checking: 'Memeriksa…',
      empty: 'Belum ada kiriman masuk.',
      from: 'Dari',
      when: 'Waktu',
      what: 'Isi',
      result: 'Hasil',
      item: '{{kind}} no. {{seq}}',
      applied: 'Diterima',
      refused: 'Ditolak',
      duplicate: 'Sudah pernah diterima',
      waiting: 'Menunggu: {{file}} belum lengkap (masih disalin?); dibaca lagi nanti.',
      failed: 'Gagal dibaca: {{file}} ({{detail}}); dicoba lagi nanti.',
      checked:
        'Pemeriksaan selesai: {{applied}} diterima, {{refused}} ditolak, {{waiting}} menunggu lengkap.',
    },
  },
  // </exchange>
};

/** Every catalog has exactly this shape; the leaves are free text. */
export type Catalog = typeof id;
