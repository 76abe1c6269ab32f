package org.copact.stakeholder;

/** The kinds of organisation that make a local green deal. */
public enum StakeholderCategory {
    PUBLIC_AUTHORITY, SME, LARGE_COMPANY, NGO, ACADEMIA, CLUSTER, EXPERT
}
