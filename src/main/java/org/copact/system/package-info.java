/**
 * How Copact runs: the embedded PostgreSQL and mail server of the default start, the answers to
 * wrong input as problem details, and the page of sent mail for people trying Copact.
 */
package org.copact.system;
