/** The Gongkai server: persistence, workflow, security, REST API and portal (Spring Boot, built with its issue). */
package org.gongkai.server;
