/**
 * The round: one co-creation of one pact, from its definition (region, topic, languages, deadlines,
 * signing rule, targets, stakeholders) through its launch to the pact in force; its status and
 * figures against its targets.
 */
package org.copact.round;
