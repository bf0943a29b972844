package org.gongkai.cli;

/** How a command prints its result: aligned text for people, JSON for programs. */
enum Format { text, json }
