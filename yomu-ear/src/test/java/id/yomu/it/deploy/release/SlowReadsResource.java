package id.yomu.it.deploy.release;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/**
 * Test-only route of the releases the deployment tests build: a request that stays in flight for a while,
 * to show that a switch and the drain of the old colour let it finish. Never part of the product build.
 */
@Path("test-only/slow")
public class SlowReadsResource {

    @GET
    public String slow(@QueryParam("ms") long millis) throws InterruptedException {
        Thread.sleep(Math.min(millis, 25_000));
        return "{\"slept_ms\":" + millis + "}";
    }
}
