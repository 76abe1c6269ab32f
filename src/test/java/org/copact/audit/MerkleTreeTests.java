package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The checkpoints' Merkle roots are RFC 9162's, and their signature covers every field. */
class MerkleTreeTests {

    /** the leaves and roots of Certificate Transparency's own tests of the Merkle Tree Hash */
    private static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void shouldGiveTheRootsOfCertificateTransparencysTestVectors() {
        for (int size = 0; size <= LEAVES.size(); size++) {
            assertThat(MerkleTree.root(LEAVES, size)).as("a tree of %d", size).isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    void shouldComputeTheSameRootIncrementallyAsFromScratchForEverySize() {
        List<String> hashes = randomHashes(70);
        MerkleFrontier frontier = MerkleFrontier.EMPTY;
        assertThat(frontier.root()).isEqualTo(MerkleTree.root(hashes, 0));
        for (int size = 1; size <= hashes.size(); size++) {
            frontier = frontier.append(hashes.get(size - 1));
            assertThat(frontier.root()).as("a tree of %d", size).isEqualTo(MerkleTree.root(hashes, size));
            assertThat(frontier.encoded().length() / 64).as("subtrees of a tree of %d", size)
                    .isEqualTo(Integer.bitCount(size)).isLessThanOrEqualTo(32 - Integer.numberOfLeadingZeros(size));
            // as audit_frontier keeps it, and as the next append reads it back
            MerkleFrontier kept = MerkleFrontier.decode(size, frontier.encoded());
            assertThat(kept.root()).isEqualTo(frontier.root());
            frontier = kept;
        }
        assertThat(MerkleFrontier.of(hashes).root()).isEqualTo(MerkleTree.root(hashes, 70));
        assertThat(MerkleFrontier.decode(6, frontier.encoded())).as("a frontier of another size").isNull();
    }

    @Test
    void shouldProveEveryEntryOfEveryTreeAndNothingElse() {
        List<String> hashes = randomHashes(40);
        for (int size = 1; size <= hashes.size(); size++) {
            byte[] root = HexFormat.of().parseHex(MerkleTree.root(hashes, size));
            for (int index = 0; index < size; index++) {
                List<byte[]> path = MerkleTree.path(hashes, index, size);
                byte[] leaf = MerkleTree.leaf(HexFormat.of().parseHex(hashes.get(index)));
                assertThat(MerkleTree.includes(root, size, index, leaf, path)).as("entry %d of %d", index, size)
                        .isTrue();
                byte[] other = MerkleTree.leaf(HexFormat.of().parseHex(hashes.get((index + 1) % hashes.size())));
                assertThat(MerkleTree.includes(root, size, index, other, path)).as("another entry").isFalse();
                assertThat(MerkleTree.includes(root, size, index + 1, leaf, path)).as("another place").isFalse();
                if (!path.isEmpty()) {
                    List<byte[]> wrong = new ArrayList<>(path);
                    byte[] changed = wrong.get(wrong.size() - 1).clone();
                    changed[0] ^= 1;
                    wrong.set(wrong.size() - 1, changed);
                    assertThat(MerkleTree.includes(root, size, index, leaf, wrong)).as("a wrong path").isFalse();
                    assertThat(MerkleTree.includes(root, size, index, leaf, path.subList(0, path.size() - 1)))
                            .as("a short path").isFalse();
                }
                List<byte[]> longer = new ArrayList<>(path);
                longer.add(leaf);
                assertThat(MerkleTree.includes(root, size, index, leaf, longer)).as("a long path").isFalse();
            }
        }
    }

    static List<String> randomHashes(int count) {
        Random random = new Random(13);
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] hash = new byte[32];
            random.nextBytes(hash);
            hashes.add(HexFormat.of().formatHex(hash));
        }
        return hashes;
    }

    @Test
    void shouldAcceptOnlyTheKeysSignatureOverTheCheckpointsOwnFields() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        KeyPair key = generator.generateKeyPair();
        UUID round = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-01T18:00:00.123Z");
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key.getPrivate());
        signer.update(Checkpoint.signedText(round, 8, ROOTS.get(8), at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(signer.sign());
        String keyId = Checkpoint.keyId(key.getPublic());

        assertThat(new Checkpoint(round, 8, ROOTS.get(8), at, keyId, signature).signedBy(key.getPublic())).isTrue();
        assertThat(new Checkpoint(round, 7, ROOTS.get(8), at, keyId, signature).signedBy(key.getPublic())).isFalse();
        assertThat(new Checkpoint(round, 8, ROOTS.get(7), at, keyId, signature).signedBy(key.getPublic())).isFalse();
        assertThat(new Checkpoint(round, 8, ROOTS.get(8), at.plusMillis(1), keyId, signature)
                .signedBy(key.getPublic())).isFalse();
        assertThat(new Checkpoint(UUID.randomUUID(), 8, ROOTS.get(8), at, keyId, signature)
                .signedBy(key.getPublic())).isFalse();
        assertThat(new Checkpoint(round, 8, ROOTS.get(8), at, keyId, signature)
                .signedBy(generator.generateKeyPair().getPublic())).as("another key").isFalse();
        assertThat(Checkpoint.fromPem(Checkpoint.pem(key.getPublic()))).isEqualTo(key.getPublic());
    }
}
