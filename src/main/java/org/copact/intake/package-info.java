/**
 * Everything that enters or leaves Copact by email or file, as Apache Camel routes: one route
 * builder per channel, endpoints from configuration, the logic in beans the routes call.
 */
package org.copact.intake;
