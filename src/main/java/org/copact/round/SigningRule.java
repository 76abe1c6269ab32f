package org.copact.round;

/**
 * Which signatures put the pact in force ({@link SigningPolicy} holds the numbers and groups).
 * <ul>
 * <li>{@code ALL}: every signatory signs;</li>
 * <li>{@code AUTHORITIES_PLUS_QUORUM}: every signatory of the category {@code PUBLIC_AUTHORITY}
 * signs, and at least N of the other signatories;</li>
 * <li>{@code ORDERED_GROUPS}: groups of categories asked one after another, each with its own rule.</li>
 * </ul>
 */
public enum SigningRule {
    ALL, AUTHORITIES_PLUS_QUORUM, ORDERED_GROUPS
}
