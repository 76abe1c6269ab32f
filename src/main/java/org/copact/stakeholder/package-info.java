/**
 * Organisations and their contact people, by category and language, and their participation in a
 * round (participant, reviewer, signatory, mentor).
 */
package org.copact.stakeholder;
