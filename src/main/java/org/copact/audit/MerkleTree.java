package org.copact.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle Tree Hash of RFC 9162 (section 2.1.1) over a round's entry hashes, in order: a leaf is
 * SHA-256(0x00 || the entry's 32-byte hash), a node SHA-256(0x01 || left || right), split at the
 * largest power of two below the size; the empty tree is SHA-256 of nothing. So a checkpoint of n
 * entries names exactly those n entries.
 */
final class MerkleTree {

    private MerkleTree() {
    }

    /** the root, as lower-case hex, over the first {@code size} entry hashes (hex) */
    static String root(List<String> entryHashes, int size) {
        List<byte[]> leaves = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            leaves.add(leaf(HexFormat.of().parseHex(entryHashes.get(i))));
        }
        return HexFormat.of().formatHex(hash(leaves, 0, size));
    }

    private static byte[] hash(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return sha256(new byte[0]);
        }
        if (n == 1) {
            return leaves.get(from);
        }
        int k = split(n);
        return node(hash(leaves, from, from + k), hash(leaves, from + k, to));
    }

    /** the largest power of two smaller than n (n > 1) */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static byte[] leaf(byte[] entry) {
        byte[] input = new byte[entry.length + 1];
        System.arraycopy(entry, 0, input, 1, entry.length);
        return sha256(input);
    }

    private static byte[] node(byte[] left, byte[] right) {
        byte[] input = new byte[1 + left.length + right.length];
        input[0] = 1;
        System.arraycopy(left, 0, input, 1, left.length);
        System.arraycopy(right, 0, input, 1 + left.length, right.length);
        return sha256(input);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
