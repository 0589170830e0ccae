CREATE INDEX campaigns_archived_name ON campaigns (archived, name COLLATE NOCASE);

CREATE INDEX channels_active_position ON channels (active, position);

CREATE INDEX people_active_name ON people (active, name COLLATE NOCASE);

CREATE TABLE campaigns (
      id          TEXT    PRIMARY KEY,
      name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
      color       TEXT    NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
      description TEXT    NOT NULL DEFAULT '',
      archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      created_at  TEXT    NOT NULL,
      updated_at  TEXT    NOT NULL
    ) STRICT;

CREATE TABLE channels (
      id         TEXT    PRIMARY KEY,
      platform   TEXT    NOT NULL CHECK (platform IN
                   ('instagram', 'facebook', 'x', 'tiktok', 'youtube', 'website', 'linkedin', 'threads')),
      name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
      handle     TEXT    NOT NULL DEFAULT '',
      color      TEXT    NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
      active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      position   INTEGER NOT NULL,
      created_at TEXT    NOT NULL,
      updated_at TEXT    NOT NULL
    ) STRICT;

CREATE TABLE people (
      id         TEXT    PRIMARY KEY,
      name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
      role       TEXT    NOT NULL CHECK (role IN ('planner', 'approver', 'admin')),
      active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT    NOT NULL,
      updated_at TEXT    NOT NULL
    ) STRICT;

CREATE TABLE settings (
      id              INTEGER PRIMARY KEY CHECK (id = 1),
      office_name     TEXT    NOT NULL DEFAULT '',
      unit_name       TEXT    NOT NULL DEFAULT '',
      signer_name     TEXT    NOT NULL DEFAULT '',
      signer_position TEXT    NOT NULL DEFAULT '',
      signer_nip      TEXT    NOT NULL DEFAULT '',
      time_zone       TEXT    NOT NULL DEFAULT 'Asia/Jakarta' CHECK (length(time_zone) > 0),
      locale          TEXT    NOT NULL DEFAULT 'id' CHECK (locale IN ('id', 'en')),
      week_start      INTEGER NOT NULL DEFAULT 1 CHECK (week_start IN (0, 1, 6)),
      updated_at      TEXT    NOT NULL
    ) STRICT;
