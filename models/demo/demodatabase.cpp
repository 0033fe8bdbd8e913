#include "demo/demodatabase.h"

#include "demo/seeddataloader.h"
#include "demo/syntheticdemo.h"
#include "store/store.h"

namespace DemoDatabase {

Status populate(Store &store)
{
    return store.transaction([&store]() -> Status {
        const Status real = SeedDataLoader(store).load();
        if (!real.ok())
            return real;
        return SyntheticDemo(store).generate();
    });
}

} // namespace DemoDatabase
