package org.servicecentre.demo;

/**
 * One layer of the demo data, seeded through the application's services in {@code @Order} after the layers it
 * builds on (neighbourhood first, then rooms, hours, alliances, catalogue …). Each capability adds its own layer.
 */
interface DemoLayer {

    void seed();
}
