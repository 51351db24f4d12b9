package org.servicecentre;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Starts the Service Centre application: booking and kiosk system for Party Mass Service Centres. */
@SpringBootApplication
@Modulithic(systemName = "Service Centre", sharedModules = "shared")
public class ServiceCentreApplication {

    public static void main(String[] args) {
        SpringApplication.run(ServiceCentreApplication.class, args);
    }
}
