/** What happens to an upload before any controller reads it: who may send one, how large, and where it is spooled. */
package org.gongkai.server.uploads;
