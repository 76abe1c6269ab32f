package org.copact.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A keystore Copact makes itself is written whole or not at all, its password file first; a start
 * that finds either left empty (by a crash of an older version between creating and writing it)
 * stops with the file named, rather than making or opening a key with an empty password.
 */
class KeystoreFileTests {

    private static final KeystoreFile.NewKey NEW_KEY = new KeystoreFile.NewKey("test", "CN=test", "Ed25519", null,
            "Ed25519", Duration.ofDays(1));

    @TempDir
    Path folder;

    private KeystoreFile own(Path keystore) {
        return new KeystoreFile(keystore, "", "", true, "copact.test", "COPACT_TEST");
    }

    @Test
    void shouldMakeTheKeystoreAndItsPasswordWholeAndLeaveNoTemporaryFile() throws IOException {
        Path keystore = folder.resolve("keys").resolve("test.p12");
        KeystoreFile.Opened made = own(keystore).open(NEW_KEY, Instant.now());
        assertThat(made.made()).isTrue();
        assertThat(Files.readString(keystore.resolveSibling("test.p12.password"))).hasSizeGreaterThan(20);
        try (var files = Files.list(keystore.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("test.p12",
                    "test.p12.password");
        }
        KeystoreFile.Opened again = own(keystore).open(NEW_KEY, Instant.now());
        assertThat(again.made()).isFalse();
        assertThat(again.chain().get(0).getPublicKey()).isEqualTo(made.chain().get(0).getPublicKey());
    }

    @Test
    void shouldRefuseAnEmptyPasswordFileNamingIt() throws IOException {
        Path keystore = folder.resolve("test.p12");
        Path password = Files.createFile(folder.resolve("test.p12.password"));
        assertThatThrownBy(() -> own(keystore).open(NEW_KEY, Instant.now())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(password.toAbsolutePath().toString()).hasMessageContaining("is empty");
        assertThat(keystore).as("no key made with an empty password").doesNotExist();
    }

    @Test
    void shouldRefuseAnEmptyKeystoreNamingIt() throws IOException {
        Path keystore = folder.resolve("test.p12");
        KeystoreFile.writePrivately(folder.resolve("test.p12.password"), "secret".getBytes());
        Files.createFile(keystore);
        assertThatThrownBy(() -> own(keystore).open(NEW_KEY, Instant.now())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The file " + keystore.toAbsolutePath() + " is empty");
    }
}
