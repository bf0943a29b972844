/** One door for everything a user hands in: a model JSON, a filled data-entry template, or a published document. */
package org.gongkai.io.intake;
