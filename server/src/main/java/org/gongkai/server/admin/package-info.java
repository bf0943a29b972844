/** The administrator's pages and services: users (add, disable, reset a password), departments, and everyone's password. */
package org.gongkai.server.admin;
