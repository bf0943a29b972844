package org.gongkai.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the server: embedded PostgreSQL under ./data by default, the samples loaded on first start. */
@SpringBootApplication
public class GongkaiServer {

    public static void main(String[] args) {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        SpringApplication.run(GongkaiServer.class, args);
    }
}
