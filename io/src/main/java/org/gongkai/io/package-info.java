/** Reading and writing Gongkai models and documents: the JSON model form, importers and exporters. */
package org.gongkai.io;
