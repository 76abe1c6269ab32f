package org.copact.audit;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The right edge of a round's Merkle tree (RFC 9162 section 2.1.1): the roots of the perfect
 * subtrees that the tree of {@code size} leaves splits into, largest (leftmost) first, one for each
 * bit set in {@code size} (Certificate Transparency's "compact range" [0, size)). A leaf is appended
 * in O(log n), merging the equal subtrees it completes, and the root is folded from them in O(log n),
 * so a checkpoint needs neither the round's earlier entries nor a walk over them.
 */
final class MerkleFrontier {

    static final MerkleFrontier EMPTY = new MerkleFrontier(0, List.of());
    private static final int HEX = 64;

    private final int size;
    private final List<byte[]> roots;

    private MerkleFrontier(int size, List<byte[]> roots) {
        this.size = size;
        this.roots = List.copyOf(roots);
    }

    /** the frontier of the tree over these entry hashes (hex), from scratch */
    static MerkleFrontier of(List<String> entryHashes) {
        MerkleFrontier frontier = EMPTY;
        for (String hash : entryHashes) {
            frontier = frontier.append(hash);
        }
        return frontier;
    }

    /** a frontier as {@link #encoded()} wrote it; null when it is not one of a tree of this size */
    static MerkleFrontier decode(int size, String encoded) {
        if (size < 0 || encoded == null || encoded.length() != HEX * Integer.bitCount(size)) {
            return null;
        }
        List<byte[]> roots = new ArrayList<>();
        try {
            for (int i = 0; i < encoded.length(); i += HEX) {
                roots.add(HexFormat.of().parseHex(encoded, i, i + HEX));
            }
        } catch (IllegalArgumentException notHex) {
            return null;
        }
        return new MerkleFrontier(size, roots);
    }

    int size() {
        return size;
    }

    /** the frontier with one more entry, whose hash (hex) is given */
    MerkleFrontier append(String entryHash) {
        List<byte[]> next = new ArrayList<>(roots);
        byte[] subtree = MerkleTree.leaf(HexFormat.of().parseHex(entryHash));
        // each trailing one bit of the size is a subtree as large as the one just completed
        for (int bits = size; (bits & 1) == 1; bits >>>= 1) {
            subtree = MerkleTree.node(next.remove(next.size() - 1), subtree);
        }
        next.add(subtree);
        return new MerkleFrontier(size + 1, next);
    }

    /** the Merkle Tree Hash of the whole tree, as lower-case hex (equal to {@link MerkleTree#root}) */
    String root() {
        if (roots.isEmpty()) {
            return HexFormat.of().formatHex(MerkleTree.sha256(new byte[0]));
        }
        byte[] root = roots.get(roots.size() - 1);
        for (int i = roots.size() - 2; i >= 0; i--) {
            root = MerkleTree.node(roots.get(i), root);
        }
        return HexFormat.of().formatHex(root);
    }

    /** the subtree roots as one hex string, largest first (64 characters each) */
    String encoded() {
        StringBuilder hex = new StringBuilder(HEX * roots.size());
        roots.forEach(root -> hex.append(HexFormat.of().formatHex(root)));
        return hex.toString();
    }
}
