package org.copact.pact;

/** The themes of the green and digital transition a commitment belongs to. */
public enum CommitmentTheme {
    ENERGY, CIRCULAR_ECONOMY, WASTE, WATER, MOBILITY, DIGITAL, SUSTAINABLE_BUSINESS_MODEL, OTHER
}
