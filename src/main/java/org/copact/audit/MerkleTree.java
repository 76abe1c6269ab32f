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

    /**
     * The audit path of RFC 9162 (section 2.1.3.1) of the entry at {@code index} (from 0) in the tree
     * of the first {@code size} entry hashes (hex): the sibling hashes from the leaf up to the root.
     */
    static List<byte[]> path(List<String> entryHashes, int index, int size) {
        if (index < 0 || index >= size || size > entryHashes.size()) {
            throw new IllegalArgumentException("entry " + index + " is not in a tree of " + size);
        }
        List<byte[]> leaves = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            leaves.add(leaf(HexFormat.of().parseHex(entryHashes.get(i))));
        }
        List<byte[]> path = new ArrayList<>();
        int from = 0;
        int to = size;
        int m = index;
        List<byte[]> fromTheRoot = new ArrayList<>();
        while (to - from > 1) {
            int k = split(to - from);
            if (m < k) {
                fromTheRoot.add(hash(leaves, from + k, to));
                to = from + k;
            } else {
                fromTheRoot.add(hash(leaves, from, from + k));
                from = from + k;
                m -= k;
            }
        }
        for (int i = fromTheRoot.size() - 1; i >= 0; i--) {
            path.add(fromTheRoot.get(i));
        }
        return path;
    }

    /**
     * Whether the audit path leads from this leaf hash, at {@code index} in a tree of {@code size},
     * to {@code root}: RFC 9162's verification of an inclusion proof (section 2.1.3.2).
     */
    static boolean includes(byte[] root, int size, int index, byte[] leafHash, List<byte[]> path) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1L;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && java.security.MessageDigest.isEqual(r, root);
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

    static byte[] leaf(byte[] entry) {
        byte[] input = new byte[entry.length + 1];
        System.arraycopy(entry, 0, input, 1, entry.length);
        return sha256(input);
    }

    static byte[] node(byte[] left, byte[] right) {
        byte[] input = new byte[1 + left.length + right.length];
        input[0] = 1;
        System.arraycopy(left, 0, input, 1, left.length);
        System.arraycopy(right, 0, input, 1 + left.length, right.length);
        return sha256(input);
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
