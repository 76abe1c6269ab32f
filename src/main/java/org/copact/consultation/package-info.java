/** The consultation's answers, kept as given, gathered for the synthesis. */
package org.copact.consultation;
