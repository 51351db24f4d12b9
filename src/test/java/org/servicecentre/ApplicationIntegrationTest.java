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
        long count = SystemAuthentication.asSystem(() -> centres.count("", null));
        assertThat(count).isEqualTo(4);
    }
}
