package org.copact.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two roles of the embedded PostgreSQL: {@value #OWNER} owns Copact's schema and runs the
 * migrations; {@value #APP}, as which Copact connects, may read and write rows and nothing more (no
 * TRUNCATE, no DDL, no trigger changes). Made by the superuser at every start, so that a data
 * folder of an earlier Copact, whose tables the superuser owned, is handed over to the owner. The
 * passwords are made at the first start and kept beside the data folder, readable by its user only;
 * PostgreSQL asks the two roles for them (scram-sha-256), the superuser keeps the local trust that
 * the library starting PostgreSQL needs to see it ready.
 */
final class EmbeddedDatabaseRoles {

    static final String OWNER = "copact_owner";
    static final String APP = "copact_app";
    static final String DATABASE = "postgres";

    private static final String PG_HBA_MARKER = "# Copact's roles sign in with their passwords";

    private final String jdbcUrl;
    private final Properties passwords;

    private EmbeddedDatabaseRoles(String jdbcUrl, Properties passwords) {
        this.jdbcUrl = jdbcUrl;
        this.passwords = passwords;
    }

    /** Makes (or checks) both roles on the running {@code postgres}; {@code passwordFile} keeps their passwords. */
    static EmbeddedDatabaseRoles prepare(EmbeddedPostgres postgres, Path dataDirectory, Path passwordFile)
            throws IOException, SQLException {
        Properties passwords = passwords(passwordFile);
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
                Statement sql = superuser.createStatement()) {
            for (String role : List.of(OWNER, APP)) {
                sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
                        + "create role " + role + "; end if; end $$");
                sql.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole noreplication"
                        + " nobypassrls password '" + passwords.getProperty(role) + "'");
            }
            sql.execute("grant usage, create on schema public to " + OWNER);
            sql.execute("revoke create on schema public from public");
            handOverToOwner(sql);
            if (requirePasswords(dataDirectory.resolve("pg_hba.conf"))) {
                sql.execute("select pg_reload_conf()");
            }
        }
        return new EmbeddedDatabaseRoles("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE,
                passwords);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String password(String role) {
        return passwords.getProperty(role);
    }

    /** A connection of the given role, unpooled (the migrations' connection). */
    DataSource dataSource(String role) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser(role);
        dataSource.setPassword(password(role));
        return dataSource;
    }

    /** Whatever the superuser still owns in the public schema (an earlier Copact's tables and functions). */
    private static void handOverToOwner(Statement sql) throws SQLException {
        sql.execute("""
                do $$
                declare
                    object record;
                begin
                    for object in select c.oid::regclass as name from pg_class c
                            join pg_namespace n on n.oid = c.relnamespace
                            where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
                            and c.relowner = 'postgres'::regrole loop
                        execute format('alter table %s owner to copact_owner', object.name);
                    end loop;
                    for object in select c.oid::regclass as name from pg_class c
                            join pg_namespace n on n.oid = c.relnamespace
                            where n.nspname = 'public' and c.relkind = 'S' and c.relowner = 'postgres'::regrole loop
                        execute format('alter sequence %s owner to copact_owner', object.name);
                    end loop;
                    for object in select p.oid::regprocedure as name from pg_proc p
                            join pg_namespace n on n.oid = p.pronamespace
                            where n.nspname = 'public' and p.proowner = 'postgres'::regrole loop
                        execute format('alter routine %s owner to copact_owner', object.name);
                    end loop;
                end $$""");
    }

    /** Puts the roles' password lines first in pg_hba.conf, once; whether the file changed. */
    private static boolean requirePasswords(Path pgHba) throws IOException {
        String rules = Files.readString(pgHba, StandardCharsets.UTF_8);
        if (rules.contains(PG_HBA_MARKER)) {
            return false;
        }
        String roles = OWNER + "," + APP;
        Files.writeString(pgHba, PG_HBA_MARKER + " (written by Copact)\n"
                + "local all " + roles + " scram-sha-256\n"
                + "host all " + roles + " 127.0.0.1/32 scram-sha-256\n"
                + "host all " + roles + " ::1/128 scram-sha-256\n\n" + rules, StandardCharsets.UTF_8);
        return true;
    }

    private static Properties passwords(Path file) throws IOException {
        Properties passwords = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                passwords.load(in);
            }
        }
        boolean added = false;
        for (String role : List.of(OWNER, APP)) {
            String password = passwords.getProperty(role, "");
            if (!password.matches("[A-Za-z0-9_-]{32,}")) {
                passwords.setProperty(role, newPassword());
                added = true;
            }
        }
        if (added) {
            write(file, passwords);
        }
        return passwords;
    }

    private static void write(Path file, Properties passwords) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path written = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(written);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
            passwords.store(out, "the passwords of Copact's roles in the embedded PostgreSQL beside this file");
        }
        Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String newPassword() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
