/** Loading many published disclosures for the scale benchmark (bench/scale.sh); inactive unless asked for. */
package org.gongkai.server.scale;
