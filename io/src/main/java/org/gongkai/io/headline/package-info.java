/** The headline figures of a published document, each with its evidence, cross-checked by the document's own identities. */
package org.gongkai.io.headline;
