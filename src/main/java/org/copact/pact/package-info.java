/**
 * The pact: immutable versions with their SHA-256, and the reviewers' verdicts on each version.
 */
package org.copact.pact;
