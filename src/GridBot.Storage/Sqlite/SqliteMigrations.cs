namespace GridBot.Storage.Sqlite;

/// <summary>
/// The schema as ordered scripts: script <c>i</c> takes the database from version <c>i</c> to <c>i + 1</c>.
/// Append new scripts; never edit one that has shipped. Tables are STRICT so a decimal stored as TEXT stays text.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        """
        CREATE TABLE bots_state (
            bot_id     TEXT    NOT NULL PRIMARY KEY,
            state_json TEXT    NOT NULL,
            etag       TEXT    NOT NULL,
            version    INTEGER NOT NULL,
            updated_ms INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE fills (
            bot_id            TEXT    NOT NULL,
            trade_id          TEXT    NOT NULL,
            seq               INTEGER NOT NULL,
            symbol            TEXT    NOT NULL,
            client_order_id   TEXT    NOT NULL,
            exchange_order_id TEXT    NOT NULL,
            side              TEXT    NOT NULL,
            price             TEXT    NOT NULL,
            quantity          TEXT    NOT NULL,
            fee_amount        TEXT    NOT NULL,
            fee_asset         TEXT    NOT NULL,
            is_maker          INTEGER NOT NULL,
            time_ms           INTEGER NOT NULL,
            PRIMARY KEY (bot_id, trade_id),
            UNIQUE (bot_id, seq)
        ) STRICT;

        CREATE TABLE bots (
            bot_id     TEXT    NOT NULL PRIMARY KEY,
            venue      TEXT    NOT NULL,
            market     TEXT    NOT NULL,
            symbol     TEXT    NOT NULL,
            status     TEXT    NOT NULL,
            created_ms INTEGER NOT NULL,
            updated_ms INTEGER NOT NULL
        ) STRICT;
        """,
        """
        CREATE TABLE settings (
            name       TEXT    NOT NULL PRIMARY KEY,
            state_json TEXT    NOT NULL,
            etag       TEXT    NOT NULL,
            version    INTEGER NOT NULL,
            updated_ms INTEGER NOT NULL
        ) STRICT;
        """,
    ];
}
