package org.servicecentre.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class UsersViewAccessTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("officer")
    void keepsRegionOfficersOut() {
        assertCannotOpenUsers();
    }

    @Test
    @WithUserDetails("manager")
    void keepsCentreManagersOut() {
        assertCannotOpenUsers();
    }

    @Test
    @WithUserDetails("ngo")
    void keepsOrganisationStaffOut() {
        assertCannotOpenUsers();
    }

    private void assertCannotOpenUsers() {
        var refused = catchThrowable(() -> navigate(UsersView.class));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).as("denied routes look like unknown ones").isInstanceOf(RouteNotFoundError.class);
    }
}
