package org.copact.round;

/**
 * Which signatures put the pact in force. Only ALL is implemented; the rules with public
 * authorities plus N others, and signing in groups, are refused until they are built.
 */
public enum SigningRule {
    ALL
}
