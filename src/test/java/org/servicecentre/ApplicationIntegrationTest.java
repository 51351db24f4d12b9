package org.servicecentre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceCentreTest
class ApplicationIntegrationTest {

    @Autowired
    CentreService centres;

    @Test
    void startsOnH2WithTheDemoNeighbourhoodSeeded() {
        // other tests sharing the context add centres of their own: look for the four demo ones by code
        var codes = SystemAuthentication.asSystem(() -> java.util.stream.Stream.of("KJY", "GXQ", "NTC", "TL")
                .map(code -> centres.getByCode(code).code()).toList());
        assertThat(codes).containsExactly("KJY", "GXQ", "NTC", "TL");
    }
}
