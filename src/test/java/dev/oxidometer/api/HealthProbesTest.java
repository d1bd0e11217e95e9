package dev.oxidometer.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** What a load balancer in front of several instances asks (README, team deployment): public, no login. */
@SpringBootTest
@AutoConfigureMockMvc
class HealthProbesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void health_liveness_and_readiness_are_public_and_up() throws Exception {
        for (String url : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            mvc.perform(get(url)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        }
    }
}
