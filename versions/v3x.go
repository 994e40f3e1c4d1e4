package versions

// V3x is the 3.x generation (3.2.0 ... 3.2.5), from zeromq3-x's
// include/zmq.h and doc/zmq_setsockopt.txt, doc/zmq_getsockopt.txt,
// doc/zmq_ctx_set.txt. Since marks names added by 3.2.1 or 3.2.2; 3.2.0
// (a release candidate) also numbered EAFNOSUPPORT and EHOSTUNREACH
// differently and had zmq_ctx_set_monitor, which the table leaves out.
//
// Entries with Type Absent are 2.x names the generation removed; their
// Num is the 2.x number.
var V3x = Table{
	Name:  "3.x",
	First: V(3, 2, 0),
	// typedef struct {unsigned char _ [32];} zmq_msg_t;
	MsgSize: 32,
	// zmq_poll's timeout is in milliseconds.
	PollUnit: 1000000,

	SocketTypes: map[string]Const{
		"PAIR":   {Num: 0, Type: Int},
		"PUB":    {Num: 1, Type: Int},
		"SUB":    {Num: 2, Type: Int},
		"REQ":    {Num: 3, Type: Int},
		"REP":    {Num: 4, Type: Int},
		"DEALER": {Num: 5, Type: Int},
		"ROUTER": {Num: 6, Type: Int},
		"PULL":   {Num: 7, Type: Int},
		"PUSH":   {Num: 8, Type: Int},
		"XPUB":   {Num: 9, Type: Int},
		"XSUB":   {Num: 10, Type: Int},
		// Deprecated aliases.
		"XREQ": {Num: 5, Type: Int},
		"XREP": {Num: 6, Type: Int},
		// Removed 2.x aliases.
		"UPSTREAM":   {Num: 7, Type: Absent},
		"DOWNSTREAM": {Num: 8, Type: Absent},
	},

	SocketOptions: map[string]Const{
		"AFFINITY":                {Num: 4, Type: Uint64},
		"IDENTITY":                {Num: 5, Type: Bytes},
		"SUBSCRIBE":               {Num: 6, Type: Bytes},
		"UNSUBSCRIBE":             {Num: 7, Type: Bytes},
		"RATE":                    {Num: 8, Type: Int},
		"RECOVERY_IVL":            {Num: 9, Type: Int},
		"SNDBUF":                  {Num: 11, Type: Int},
		"RCVBUF":                  {Num: 12, Type: Int},
		"RCVMORE":                 {Num: 13, Type: Int},
		"FD":                      {Num: 14, Type: Fd},
		"EVENTS":                  {Num: 15, Type: Int},
		"TYPE":                    {Num: 16, Type: Int},
		"LINGER":                  {Num: 17, Type: Int},
		"RECONNECT_IVL":           {Num: 18, Type: Int},
		"BACKLOG":                 {Num: 19, Type: Int},
		"RECONNECT_IVL_MAX":       {Num: 21, Type: Int},
		"MAXMSGSIZE":              {Num: 22, Type: Int64},
		"SNDHWM":                  {Num: 23, Type: Int},
		"RCVHWM":                  {Num: 24, Type: Int},
		"MULTICAST_HOPS":          {Num: 25, Type: Int},
		"RCVTIMEO":                {Num: 27, Type: Int},
		"SNDTIMEO":                {Num: 28, Type: Int},
		"IPV4ONLY":                {Num: 31, Type: Int},
		"LAST_ENDPOINT":           {Num: 32, Type: String},
		"ROUTER_MANDATORY":        {Num: 33, Type: Int, Since: V(3, 2, 1)},
		"TCP_KEEPALIVE":           {Num: 34, Type: Int},
		"TCP_KEEPALIVE_CNT":       {Num: 35, Type: Int},
		"TCP_KEEPALIVE_IDLE":      {Num: 36, Type: Int},
		"TCP_KEEPALIVE_INTVL":     {Num: 37, Type: Int},
		"TCP_ACCEPT_FILTER":       {Num: 38, Type: Bytes},
		"DELAY_ATTACH_ON_CONNECT": {Num: 39, Type: Int, Since: V(3, 2, 1)},
		"XPUB_VERBOSE":            {Num: 40, Type: Int, Since: V(3, 2, 1)},
		// Deprecated aliases of ROUTER_MANDATORY.
		"FAIL_UNROUTABLE": {Num: 33, Type: Int, Since: V(3, 2, 2)},
		"ROUTER_BEHAVIOR": {Num: 33, Type: Int, Since: V(3, 2, 1)},
		// Removed 2.x options.
		"HWM":               {Num: 1, Type: Absent},
		"SWAP":              {Num: 3, Type: Absent},
		"MCAST_LOOP":        {Num: 10, Type: Absent},
		"RECOVERY_IVL_MSEC": {Num: 20, Type: Absent},
	},

	ContextOptions: map[string]Const{
		"IO_THREADS":  {Num: 1, Type: Int},
		"MAX_SOCKETS": {Num: 2, Type: Int},
	},

	Flags: map[string]Const{
		// Message property for zmq_msg_get.
		"MORE": {Num: 1, Type: Int},
		// Send/recv flags.
		"DONTWAIT": {Num: 1, Type: Int},
		"SNDMORE":  {Num: 2, Type: Int},
		// Deprecated alias of DONTWAIT.
		"NOBLOCK": {Num: 1, Type: Int, Since: V(3, 2, 1)},
	},

	PollEvents: map[string]Const{
		"POLLIN":  {Num: 1, Type: Int},
		"POLLOUT": {Num: 2, Type: Int},
		"POLLERR": {Num: 4, Type: Int},
	},

	Devices: map[string]Const{
		"STREAMER":  {Num: 1, Type: Int},
		"FORWARDER": {Num: 2, Type: Int},
		"QUEUE":     {Num: 3, Type: Int},
	},

	MonitorEvents: map[string]Const{
		"EVENT_CONNECTED":       {Num: 1, Type: Int},
		"EVENT_CONNECT_DELAYED": {Num: 2, Type: Int},
		"EVENT_CONNECT_RETRIED": {Num: 4, Type: Int},
		"EVENT_LISTENING":       {Num: 8, Type: Int},
		"EVENT_BIND_FAILED":     {Num: 16, Type: Int},
		"EVENT_ACCEPTED":        {Num: 32, Type: Int},
		"EVENT_ACCEPT_FAILED":   {Num: 64, Type: Int},
		"EVENT_CLOSED":          {Num: 128, Type: Int},
		"EVENT_CLOSE_FAILED":    {Num: 256, Type: Int},
		"EVENT_DISCONNECTED":    {Num: 512, Type: Int},
		// The OR of the ten events above.
		"EVENT_ALL": {Num: 1023, Type: Int, Since: V(3, 2, 1)},
	},

	Errors: map[string]Const{
		// Defined by zmq.h only where the platform lacks them.
		"ENOTSUP":         {Num: hausnumero + 1, Type: Int},
		"EPROTONOSUPPORT": {Num: hausnumero + 2, Type: Int},
		"ENOBUFS":         {Num: hausnumero + 3, Type: Int},
		"ENETDOWN":        {Num: hausnumero + 4, Type: Int},
		"EADDRINUSE":      {Num: hausnumero + 5, Type: Int},
		"EADDRNOTAVAIL":   {Num: hausnumero + 6, Type: Int},
		"ECONNREFUSED":    {Num: hausnumero + 7, Type: Int},
		"EINPROGRESS":     {Num: hausnumero + 8, Type: Int},
		"ENOTSOCK":        {Num: hausnumero + 9, Type: Int},
		"EMSGSIZE":        {Num: hausnumero + 10, Type: Int, Since: V(3, 2, 1)},
		"EAFNOSUPPORT":    {Num: hausnumero + 11, Type: Int, Since: V(3, 2, 1)},
		"ENETUNREACH":     {Num: hausnumero + 12, Type: Int, Since: V(3, 2, 1)},
		"ECONNABORTED":    {Num: hausnumero + 13, Type: Int, Since: V(3, 2, 1)},
		"ECONNRESET":      {Num: hausnumero + 14, Type: Int, Since: V(3, 2, 1)},
		"ENOTCONN":        {Num: hausnumero + 15, Type: Int, Since: V(3, 2, 1)},
		"ETIMEDOUT":       {Num: hausnumero + 16, Type: Int, Since: V(3, 2, 1)},
		"EHOSTUNREACH":    {Num: hausnumero + 17, Type: Int, Since: V(3, 2, 1)},
		"ENETRESET":       {Num: hausnumero + 18, Type: Int, Since: V(3, 2, 1)},
		// Native 0MQ errors.
		"EFSM":           {Num: hausnumero + 51, Type: Int},
		"ENOCOMPATPROTO": {Num: hausnumero + 52, Type: Int},
		"ETERM":          {Num: hausnumero + 53, Type: Int},
		"EMTHREAD":       {Num: hausnumero + 54, Type: Int},
	},

	Functions: map[string]Const{
		"zmq_version":        {Type: Int},
		"zmq_errno":          {Type: Int},
		"zmq_strerror":       {Type: Int},
		"zmq_ctx_new":        {Type: Int},
		"zmq_ctx_destroy":    {Type: Int},
		"zmq_ctx_set":        {Type: Int},
		"zmq_ctx_get":        {Type: Int},
		"zmq_init":           {Type: Int},
		"zmq_term":           {Type: Int},
		"zmq_msg_init":       {Type: Int},
		"zmq_msg_init_size":  {Type: Int},
		"zmq_msg_init_data":  {Type: Int},
		"zmq_msg_send":       {Type: Int},
		"zmq_msg_recv":       {Type: Int},
		"zmq_msg_close":      {Type: Int},
		"zmq_msg_move":       {Type: Int},
		"zmq_msg_copy":       {Type: Int},
		"zmq_msg_data":       {Type: Int},
		"zmq_msg_size":       {Type: Int},
		"zmq_msg_more":       {Type: Int},
		"zmq_msg_get":        {Type: Int},
		"zmq_msg_set":        {Type: Int},
		"zmq_socket":         {Type: Int},
		"zmq_close":          {Type: Int},
		"zmq_setsockopt":     {Type: Int},
		"zmq_getsockopt":     {Type: Int},
		"zmq_bind":           {Type: Int},
		"zmq_connect":        {Type: Int},
		"zmq_unbind":         {Type: Int},
		"zmq_disconnect":     {Type: Int},
		"zmq_send":           {Type: Int},
		"zmq_recv":           {Type: Int},
		"zmq_socket_monitor": {Type: Int, Since: V(3, 2, 1)},
		"zmq_sendmsg":        {Type: Int},
		"zmq_recvmsg":        {Type: Int},
		// Marked experimental in the header.
		"zmq_sendiov": {Type: Int},
		"zmq_recviov": {Type: Int},
		"zmq_poll":    {Type: Int},
		"zmq_proxy":   {Type: Int, Since: V(3, 2, 1)},
		"zmq_device":  {Type: Int},
		// Declared in zmq_utils.h.
		"zmq_stopwatch_start": {Type: Int},
		"zmq_stopwatch_stop":  {Type: Int},
		"zmq_sleep":           {Type: Int},
	},
}
