/**
 * The facilitators' pages: their rounds, defining and launching one, and a round's progress
 * stage by stage with its figures against its targets, who has not answered, and its open tasks.
 * Server-rendered over the modules' public services; it holds no state of its own.
 */
package org.copact.web;
