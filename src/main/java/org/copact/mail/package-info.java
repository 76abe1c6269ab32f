/**
 * Mail, as Apache Camel routes: mail out (composed in the reader's language, sent once per
 * occasion), mail in (read, matched to a stakeholder, documents kept, quarantined with a reason
 * when it cannot be taken), bounces, and the page of sent mail for people trying Copact.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = {"common", "documents", "identity", "round", "stakeholder"})
package org.copact.mail;

import org.springframework.modulith.ApplicationModule;
